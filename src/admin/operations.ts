import type { GetAdminOverview } from "wasp/server/operations";
import { requireAdmin } from "../server/operations/guards";

export type AdminOverview = {
  userCount: number;
  adminCount: number;
  workspaceCount: number;
  companyCount: number;
  unreadContactMessages: Array<{ id: string; name: string; email: string; message: string; createdAt: Date }>;
};

export const getAdminOverview: GetAdminOverview<void, AdminOverview> = async (_args, context) => {
  requireAdmin(context.user);
  const [userCount, adminCount, workspaceCount, companyCount, unreadContactMessages] = await Promise.all([
    context.entities.User.count(),
    context.entities.User.count({ where: { isAdmin: true } }),
    context.entities.Workspace.count(),
    context.entities.Company.count(),
    context.entities.ContactFormMessage.findMany({
      where: { isRead: false },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, name: true, email: true, message: true, createdAt: true },
    }),
  ]);
  return { userCount, adminCount, workspaceCount, companyCount, unreadContactMessages };
};
