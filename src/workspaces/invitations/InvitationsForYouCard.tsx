import { useNavigate } from "react-router";
import { acceptInvitation, getMyInvitations, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { useActionRunner } from "../../client/useActionRunner";
import { roleLabel } from "../workspaceRoles";

/** Invitations to the signed-in user's email: how someone who signed up after being invited joins. */
export function InvitationsForYouCard() {
  const { data: invitations } = useQuery(getMyInvitations);
  const navigate = useNavigate();
  const { error, run } = useActionRunner("The invitation could not be accepted.");
  if (!invitations || invitations.length === 0) return null;
  async function accept(invitationId: string) {
    if (await run(() => acceptInvitation({ invitationId }))) navigate("/app/companies");
  }
  return (
    <Card className="border-indigo-200">
      <CardTitle>Invitations for you</CardTitle>
      {error && <div className="mt-3"><Alert tone="error">{error}</Alert></div>}
      <ul className="mt-3 divide-y divide-slate-100 text-sm">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex items-center justify-between gap-3 py-2">
            <span>
              {invitation.invitedByName ?? "Someone"} invited you to <strong>{invitation.workspaceName}</strong> as {roleLabel(invitation.role)}.
            </span>
            <Button onClick={() => void accept(invitation.id)}>Join {invitation.workspaceName}</Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
