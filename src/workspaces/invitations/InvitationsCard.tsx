import { useState, type FormEvent } from "react";
import type { WorkspaceRole } from "@prisma/client";
import { getWorkspaceInvitations, inviteToWorkspace, resendInvitation, revokeInvitation, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { SelectField, TextField } from "../../client/components/ui/Field";
import { errorMessageOf, fieldErrorOf } from "../../client/operationErrors";
import { useActionRunner } from "../../client/useActionRunner";
import type { WorkspaceMembersView } from "../members/memberOperations";
import { roleLabel, workspaceRoles } from "../workspaceRoles";
import type { InvitationRow } from "./invitationOperations";

const day = (date: Date | string) => new Date(date).toLocaleDateString("en-US", { dateStyle: "medium" });

/** Invite by email with a role; pending and expired invitations with resend and revoke. */
export function InvitationsCard({ view }: { view: WorkspaceMembersView }) {
  const workspaceId = view.workspace.id;
  // Poll while an email is on its way, so "sending" turns into "sent" (or its error) by itself.
  const { data: invitations } = useQuery(getWorkspaceInvitations, { workspaceId }, {
    refetchInterval: (data: InvitationRow[] | undefined) => (data?.some((row) => row.lastEmail && ["PENDING", "SENDING"].includes(row.lastEmail.status)) ? 2000 : false),
  });
  const { error: actionError, run } = useActionRunner();
  return (
    <Card>
      <CardTitle>Invitations</CardTitle>
      <InviteForm workspaceId={workspaceId} canInviteOwners={view.yourRole === "OWNER"} />
      {actionError && <div className="mt-3"><Alert tone="error">{actionError}</Alert></div>}
      {invitations && invitations.length > 0 ? (
        <ul className="mt-4 divide-y divide-slate-100 text-sm" aria-label="Pending invitations">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex items-center justify-between gap-3 py-2" data-testid="invitation-row">
              <div>
                <span className="font-medium text-slate-900">{invitation.email}</span>
                <span className="ml-2 text-slate-500">{roleLabel(invitation.role)}</span>
                <span className="block text-xs text-slate-500">{invitationStatusText(invitation)}</span>
              </div>
              <div className="flex gap-2">
                <Button variant="ghost" onClick={() => void run(() => resendInvitation({ invitationId: invitation.id }))}>Resend</Button>
                <Button variant="ghost" className="text-red-700" onClick={() => void run(() => revokeInvitation({ invitationId: invitation.id }))}>Revoke</Button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4 text-sm text-slate-500">No pending invitations.</p>
      )}
    </Card>
  );
}

function invitationStatusText(invitation: InvitationRow): string {
  if (invitation.state === "expired") return `Expired on ${day(invitation.expiresAt)}: resend it for a new link.`;
  const email = invitation.lastEmail;
  const sending = !email || email.status === "PENDING" || email.status === "SENDING";
  if (sending) return "Sending the email…";
  if (email.status === "FAILED") return `The email could not be sent: ${email.error ?? "unknown error"}.`;
  return `Sent${email.sentAt ? ` on ${day(email.sentAt)}` : ""}; the link works until ${day(invitation.expiresAt)}.`;
}

function InviteForm({ workspaceId, canInviteOwners }: { workspaceId: string; canInviteOwners: boolean }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<WorkspaceRole>("MEMBER");
  const [error, setError] = useState<unknown>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSentTo(null);
    try {
      const invitation = await inviteToWorkspace({ workspaceId, email, role });
      setSentTo(invitation.email);
      setEmail("");
    } catch (caught) {
      setError(caught);
    }
  }
  const fieldError = fieldErrorOf(error, "email");
  return (
    <form onSubmit={handleSubmit} className="mt-4 space-y-3">
      <div className="flex items-end gap-3">
        <TextField label="Email" name="inviteEmail" type="email" value={email} onChange={(event) => setEmail(event.target.value)} className="flex-1" error={fieldError} />
        <SelectField label="Role" name="inviteRole" value={role} onChange={(event) => setRole(event.target.value as WorkspaceRole)}>
          {workspaceRoles.filter((candidate) => canInviteOwners || candidate !== "OWNER").map((candidate) => (
            <option key={candidate} value={candidate}>{roleLabel(candidate)}</option>
          ))}
        </SelectField>
        <Button type="submit" disabled={email.trim() === ""}>Send invitation</Button>
      </div>
      {sentTo && <Alert tone="success">Invitation on its way to {sentTo}. The link works once, for 7 days.</Alert>}
      {error && !fieldError ? <Alert tone="error">{errorMessageOf(error)}</Alert> : null}
    </form>
  );
}
