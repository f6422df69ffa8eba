import { z } from "zod";
import { INVITATION_TOKEN_PATTERN } from "./invitations/invitationToken";

const workspaceId = z.string().uuid("Unknown workspace.");
const userId = z.string().uuid("Unknown member.");
const role = z.enum(["OWNER", "ADMIN", "MEMBER"], { message: "Choose owner, admin or member." });
const workspaceName = z.string().trim().min(1, "Give the workspace a name.").max(80, "At most 80 characters.");

export const createWorkspaceInput = z.object({ name: workspaceName }).strict();
export const renameWorkspaceInput = z.object({ workspaceId, name: workspaceName }).strict();
export const deleteWorkspaceInput = z.object({ workspaceId, confirmName: z.string().min(1, "Type the workspace's name to confirm.") }).strict();
export const workspaceInput = z.object({ workspaceId }).strict();

export const changeMemberRoleInput = z.object({ workspaceId, userId, role }).strict();
export const memberInput = z.object({ workspaceId, userId }).strict();

export const inviteInput = z
  .object({
    workspaceId,
    email: z.string().trim().toLowerCase().email("Enter an email address.").max(320),
    role: role.default("MEMBER"),
  })
  .strict();
export const invitationIdInput = z.object({ invitationId: z.string().uuid("Unknown invitation.") }).strict();
const token = z.string().regex(INVITATION_TOKEN_PATTERN, "This is not an invitation link.");
export const invitationTokenInput = z.object({ token }).strict();
/** By the link's token, or (signed in with the invited email) by the invitation's id: one of the two. */
export const acceptInvitationInput = z
  .object({ token: token.optional(), invitationId: z.string().uuid("Unknown invitation.").optional() })
  .strict()
  .refine((input) => (input.token === undefined) !== (input.invitationId === undefined), {
    message: "Open the invitation's link, or accept it from your list of invitations.",
    path: ["token"],
  });
