import type { WorkspaceRole } from "@prisma/client";
import { escapeHtml } from "../../server/email/escapeHtml";
import { roleLabel } from "../workspaceRoles";

export type InvitationEmailFacts = {
  workspaceName: string;
  invitedByName: string | null;
  role: WorkspaceRole;
  invitationUrl: string;
  expiresAt: Date;
};

/** The invitation email: who invites you where, as what, the link, and until when it works. */
export function invitationEmailContent(facts: InvitationEmailFacts) {
  const inviter = facts.invitedByName ?? "A colleague";
  const role = roleLabel(facts.role);
  const until = facts.expiresAt.toISOString().slice(0, 10);
  const subject = `${inviter} invited you to ${facts.workspaceName} on Hyperformant`;
  const intro = `${inviter} invited you to join the workspace "${facts.workspaceName}" on Hyperformant as ${role === "admin" || role === "owner" ? "an" : "a"} ${role}.`;
  const validity = `The link works once, until ${until}. If you do not know why you got this, ignore it.`;
  const text = [intro, "", `Accept the invitation: ${facts.invitationUrl}`, "", validity].join("\n");
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(facts.invitationUrl)}">Accept the invitation</a></p>`,
    `<p>${escapeHtml(validity)}</p>`,
  ].join("\n");
  return { subject, text, html };
}
