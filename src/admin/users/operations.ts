import { HttpError, prisma } from "wasp/server";
import type { GetAdminUsers, SetUserAdmin, SetUserSuspended } from "wasp/server/operations";
import { parseInput, requireAdmin } from "../../server/operations/guards";
import { writeAdminLog } from "../adminAuditLog";
import { getAdminUsersInput, setUserAdminInput, setUserSuspendedInput, type AdminUsersArgs } from "./adminUserInputs";
import { adminUsersOrder, adminUsersWhere, planAndStatusOf } from "./adminUsersWhere";
import { reactivateUser, suspendUser } from "./userSuspension";

export type AdminUserRow = {
  id: string;
  email: string | null;
  displayName: string | null;
  createdAt: Date;
  lastActiveAt: Date;
  isAdmin: boolean;
  suspendedAt: Date | null;
  plan: "FREE" | "PRO" | "TEAM";
  subscriptionStatus: string | null;
  workspaceCount: number;
};
export type AdminUsersPage = { users: AdminUserRow[]; totalCount: number; page: number; pageSize: number };

/** The users table: searched, filtered, sorted and paged on the server. */
export const getAdminUsers: GetAdminUsers<AdminUsersArgs, AdminUsersPage> = async (args, context) => {
  requireAdmin(context.user);
  const query = parseInput(getAdminUsersInput, args);
  const where = adminUsersWhere(query);
  const [totalCount, users] = await Promise.all([
    context.entities.User.count({ where }),
    context.entities.User.findMany({
      where,
      orderBy: adminUsersOrder(query),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        id: true,
        email: true,
        displayName: true,
        createdAt: true,
        lastActiveAt: true,
        isAdmin: true,
        suspendedAt: true,
        memberships: { select: { workspace: { select: { subscriptions: { select: { plan: true, status: true, createdAt: true } } } } } },
      },
    }),
  ]);
  return {
    totalCount,
    page: query.page,
    pageSize: query.pageSize,
    users: users.map(({ memberships, ...user }) => ({
      ...user,
      ...planAndStatusOf(memberships.flatMap((membership) => membership.workspace.subscriptions)),
      workspaceCount: memberships.length,
    })),
  };
};

async function targetOf(users: { findUnique: typeof prisma.user.findUnique }, userId: string) {
  const target = await users.findUnique({ where: { id: userId }, select: { id: true, email: true, isAdmin: true, suspendedAt: true } });
  if (!target) throw new HttpError(404, "There is no such user.");
  return target;
}

/** Grants or revokes admin. An admin cannot revoke their own (someone must stay able to undo mistakes). */
export const setUserAdmin: SetUserAdmin<{ userId: string; isAdmin: boolean }, { isAdmin: boolean; changed: boolean }> = async (args, context) => {
  const admin = requireAdmin(context.user);
  const input = parseInput(setUserAdminInput, args);
  if (input.userId === admin.id && !input.isAdmin) throw new HttpError(400, "You cannot revoke your own admin rights.", { fieldErrors: { userId: ["That is you."] } });
  const target = await targetOf(context.entities.User, input.userId);
  if (target.isAdmin === input.isAdmin) return { isAdmin: target.isAdmin, changed: false };
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: { isAdmin: input.isAdmin } });
    await writeAdminLog(tx, {
      admin: { id: admin.id, email: admin.email ?? null },
      action: input.isAdmin ? "grant-admin" : "revoke-admin",
      message: `${admin.email ?? admin.id} ${input.isAdmin ? "made" : "removed"} ${target.email ?? target.id} ${input.isAdmin ? "an admin" : "as an admin"}`,
      target: { userId: target.id, userEmail: target.email },
    });
  });
  return { isAdmin: input.isAdmin, changed: true };
};

/** Suspends (sessions end at once, what they queued stops) or reactivates a user. Not oneself. */
export const setUserSuspended: SetUserSuspended<{ userId: string; suspended: boolean }, { suspended: boolean; changed: boolean }> = async (args, context) => {
  const admin = requireAdmin(context.user);
  const input = parseInput(setUserSuspendedInput, args);
  if (input.userId === admin.id) throw new HttpError(400, "You cannot suspend yourself.", { fieldErrors: { userId: ["That is you."] } });
  const target = await targetOf(context.entities.User, input.userId);
  const by = { id: admin.id, email: admin.email ?? null };
  const { changed } = input.suspended ? await suspendUser(prisma, by, target) : await reactivateUser(prisma, by, target);
  return { suspended: input.suspended, changed };
};
