import { HttpError, prisma } from "wasp/server";
import type { DeleteMyAccount, UpdateProfile } from "wasp/server/operations";
import { parseInput, requireUser } from "../server/operations/guards";
import { lastOwnerMessage, planAccountDeletion } from "./accountDeletionPlan";
import { confirmsAccountEmail, deleteAccountSchema, updateProfileSchema } from "./accountSchemas";
import { z } from "zod";

export const updateProfile: UpdateProfile<z.input<typeof updateProfileSchema>, { displayName: string | null }> = async (
  rawArgs,
  context,
) => {
  const user = requireUser(context.user);
  const { displayName } = parseInput(updateProfileSchema, rawArgs);
  const updated = await context.entities.User.update({
    where: { id: user.id },
    data: { displayName: displayName === "" ? null : displayName },
    select: { displayName: true },
  });
  return updated;
};

/**
 * Erases the account: the personal workspace and team workspaces the user is
 * alone in go with it (their companies, reports and runs cascade),
 * memberships in others are removed, and Wasp's auth identity and sessions
 * cascade from the user row. The last owner of a workspace shared with others
 * is asked to hand it over or delete it first (409).
 */
export const deleteMyAccount: DeleteMyAccount<z.input<typeof deleteAccountSchema>, { deleted: true }> = async (
  rawArgs,
  context,
) => {
  const user = requireUser(context.user);
  const { confirmEmail } = parseInput(deleteAccountSchema, rawArgs);
  if (!confirmsAccountEmail(confirmEmail, user.email)) {
    throw new HttpError(400, "The email you typed does not match your account.", {
      fieldErrors: { confirmEmail: ["Type the email address of this account."] },
    });
  }
  // Under the user's own row lock: two deletions of one account (or one racing an invitation) run one at a time.
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    const memberships = await tx.workspaceMember.findMany({
      where: { userId: user.id },
      include: {
        workspace: {
          select: { id: true, name: true, isPersonal: true, _count: { select: { members: true } }, members: { where: { role: "OWNER" }, select: { userId: true } } },
        },
      },
    });
    const plan = planAccountDeletion(
      memberships.map((membership) => ({
        workspaceId: membership.workspace.id,
        workspaceName: membership.workspace.name,
        isPersonal: membership.workspace.isPersonal,
        role: membership.role,
        ownerCount: membership.workspace.members.length,
        memberCount: membership.workspace._count.members,
      })),
    );
    if (plan.blockingWorkspaceNames.length > 0) throw new HttpError(409, lastOwnerMessage(plan.blockingWorkspaceNames));
    // Both deletes or neither: the user row must not outlive its workspaces half-erased.
    await tx.workspace.deleteMany({ where: { id: { in: plan.workspaceIdsToDelete } } });
    await tx.user.delete({ where: { id: user.id } });
  });
  return { deleted: true };
};
