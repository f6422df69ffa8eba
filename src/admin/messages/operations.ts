import { HttpError, prisma } from "wasp/server";
import type { GetAdminMessages, OpenAdminMessage, SetMessageReplied } from "wasp/server/operations";
import type { z } from "zod";
import { parseInput, requireAdmin } from "../../server/operations/guards";
import { writeAdminLog } from "../adminAuditLog";
import { replyLinkOf } from "./replyLink";
import { getAdminMessagesInput, openAdminMessageInput, setMessageRepliedInput } from "./messageInputs";

export type AdminMessageRow = { id: string; name: string; email: string; excerpt: string; createdAt: Date; isRead: boolean; repliedAt: Date | null };
export type AdminMessagesPage = { messages: AdminMessageRow[]; totalCount: number; unreadCount: number; page: number; pageSize: number };
export type AdminMessage = AdminMessageRow & { message: string; replyLink: string; fromUserId: string | null };

const EXCERPT = 160;

/** Contact-form messages, newest first, the unread ones marked. */
export const getAdminMessages: GetAdminMessages<z.input<typeof getAdminMessagesInput>, AdminMessagesPage> = async (args, context) => {
  requireAdmin(context.user);
  const input = parseInput(getAdminMessagesInput, args);
  const where = input.filter === "unread" ? { isRead: false } : input.filter === "unreplied" ? { repliedAt: null } : {};
  const [totalCount, unreadCount, rows] = await Promise.all([
    context.entities.ContactFormMessage.count({ where }),
    context.entities.ContactFormMessage.count({ where: { isRead: false } }),
    context.entities.ContactFormMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  return {
    totalCount,
    unreadCount,
    page: input.page,
    pageSize: input.pageSize,
    messages: rows.map((row) => ({ id: row.id, name: row.name, email: row.email, excerpt: row.message.slice(0, EXCERPT), createdAt: row.createdAt, isRead: row.isRead, repliedAt: row.repliedAt })),
  };
};

/** One message in full, with its reply link; opening it marks it read. */
export const openAdminMessage: OpenAdminMessage<z.input<typeof openAdminMessageInput>, AdminMessage> = async (args, context) => {
  requireAdmin(context.user);
  const { id } = parseInput(openAdminMessageInput, args);
  const found = await context.entities.ContactFormMessage.findUnique({ where: { id } });
  if (!found) throw new HttpError(404, "There is no such message.");
  const row = found.isRead ? found : await context.entities.ContactFormMessage.update({ where: { id }, data: { isRead: true } });
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    excerpt: row.message.slice(0, EXCERPT),
    message: row.message,
    createdAt: row.createdAt,
    isRead: row.isRead,
    repliedAt: row.repliedAt,
    replyLink: replyLinkOf(row),
    fromUserId: row.userId,
  };
};

/** Marks a message replied (or not yet), logged with who did it. */
export const setMessageReplied: SetMessageReplied<z.input<typeof setMessageRepliedInput>, { repliedAt: Date | null }> = async (args, context) => {
  const admin = requireAdmin(context.user);
  const { id, replied } = parseInput(setMessageRepliedInput, args);
  const found = await context.entities.ContactFormMessage.findUnique({ where: { id }, select: { id: true, email: true, repliedAt: true } });
  if (!found) throw new HttpError(404, "There is no such message.");
  if ((found.repliedAt !== null) === replied) return { repliedAt: found.repliedAt };
  return prisma.$transaction(async (tx) => {
    const row = await tx.contactFormMessage.update({ where: { id }, data: { repliedAt: replied ? new Date() : null, isRead: true } });
    await writeAdminLog(tx, {
      admin: { id: admin.id, email: admin.email ?? null },
      action: "mark-message-replied",
      message: `${admin.email ?? admin.id} marked the message from ${found.email} ${replied ? "replied" : "not replied"}`,
      target: { messageId: id, replied },
    });
    return { repliedAt: row.repliedAt };
  });
};
