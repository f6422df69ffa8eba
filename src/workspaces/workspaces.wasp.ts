import { action, job, page, query, route, type Spec } from "@wasp.sh/spec";
import { TeamPage } from "./TeamPage" with { type: "ref" };
import { InvitationPage } from "./invitations/InvitationPage" with { type: "ref" };
import { createWorkspace, deleteWorkspace, getMyWorkspaces, renameWorkspace, switchWorkspace } from "./operations" with { type: "ref" };
import { changeMemberRole, getWorkspaceMembers, leaveWorkspace, removeMember, transferOwnership } from "./members/memberOperations" with { type: "ref" };
import {
  acceptInvitation,
  getInvitation,
  getMyInvitations,
  getWorkspaceInvitations,
  inviteToWorkspace,
  resendInvitation,
  revokeInvitation,
} from "./invitations/invitationOperations" with { type: "ref" };
import { sendWorkspaceInvitationEmail } from "./invitations/invitationEmailJob" with { type: "ref" };

// Actions that change who is in which workspace list WorkspaceMember, so every query of every
// feature (they all check membership through it) refetches after a switch, a join or a removal.
const workspaces = ["Workspace", "WorkspaceMember", "User"];
const invitations = ["Workspace", "WorkspaceMember", "WorkspaceInvitation", "WorkspaceInvitationEmail", "User", "BillingSubscription"];

export const workspacesSpec: Spec = [
  route("TeamRoute", "/app/team", page(TeamPage, { authRequired: true })),
  // Public: the invitee reads what they are invited to before signing in or up.
  route("InvitationRoute", "/invite/:token", page(InvitationPage)),

  query(getMyWorkspaces, { entities: workspaces }),
  action(createWorkspace, { entities: workspaces }),
  action(renameWorkspace, { entities: workspaces }),
  action(deleteWorkspace, { entities: workspaces }),
  action(switchWorkspace, { entities: workspaces }),

  query(getWorkspaceMembers, { entities: invitations }),
  action(changeMemberRole, { entities: workspaces }),
  action(removeMember, { entities: workspaces }),
  action(leaveWorkspace, { entities: workspaces }),
  action(transferOwnership, { entities: workspaces }),

  query(getWorkspaceInvitations, { entities: invitations }),
  action(inviteToWorkspace, { entities: invitations }),
  action(resendInvitation, { entities: invitations }),
  action(revokeInvitation, { entities: invitations }),
  query(getInvitation, { entities: invitations, auth: false }),
  query(getMyInvitations, { entities: invitations }),
  action(acceptInvitation, { entities: invitations }),
  job(sendWorkspaceInvitationEmail, {
    executor: "PgBoss",
    entities: ["WorkspaceInvitation", "WorkspaceInvitationEmail"],
  }),
];
