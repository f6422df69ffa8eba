import { HttpError, prisma } from "wasp/server";
import type { DeleteMyAccount, UpdateProfile } from "wasp/server/operations";
import { parseInput, requireUser } from "../server/operations/guards";
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
 * Erases the account: workspaces the user owns alone go with it (their
 * companies, reports and runs cascade), memberships in others are removed,
 * and Wasp's auth identity and sessions cascade from the user row.
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
  const ownedWorkspaces = await context.entities.Workspace.findMany({
    where: { members: { some: { userId: user.id, role: "OWNER" } } },
    select: { id: true, members: { where: { role: "OWNER" }, select: { userId: true } } },
  });
  const soleOwnedWorkspaceIds = ownedWorkspaces
    .filter((workspace) => workspace.members.every((member) => member.userId === user.id))
    .map((workspace) => workspace.id);

  // Both deletes or neither: the user row must not outlive its workspaces half-erased.
  await prisma.$transaction([
    prisma.workspace.deleteMany({ where: { id: { in: soleOwnedWorkspaceIds } } }),
    prisma.user.delete({ where: { id: user.id } }),
  ]);
  return { deleted: true };
};
