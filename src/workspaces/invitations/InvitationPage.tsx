import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useAuth } from "wasp/client/auth";
import { acceptInvitation, getInvitation, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { errorMessageOf } from "../../client/operationErrors";
import { roleLabel } from "../workspaceRoles";

/** Where an invitation link lands: what it is for, then accept (signed in) or sign up / log in first. */
export function InvitationPage() {
  const { token = "" } = useParams();
  const { data: user } = useAuth();
  const { data: invitation, error, isLoading } = useQuery(getInvitation, { token }, { retry: false });
  const navigate = useNavigate();
  const [acceptError, setAcceptError] = useState<string | null>(null);
  const [isAccepting, setIsAccepting] = useState(false);

  async function accept() {
    setIsAccepting(true);
    setAcceptError(null);
    try {
      await acceptInvitation({ token });
      navigate("/app/companies");
    } catch (caught) {
      setAcceptError(errorMessageOf(caught, "The invitation could not be accepted."));
    } finally {
      setIsAccepting(false);
    }
  }

  return (
    <section className="mx-auto max-w-lg py-16">
      <Card>
        <CardTitle>Join a workspace on Hyperformant</CardTitle>
        {isLoading && <p className="mt-3 text-sm text-slate-500">Reading the invitation…</p>}
        {error && <div className="mt-3"><Alert tone="error">{errorMessageOf(error, "This invitation link is not valid.")}</Alert></div>}
        {invitation && (
          <div className="mt-3 space-y-4 text-sm text-slate-700">
            <p>
              {invitation.invitedByName ?? "A colleague"} invited <strong>{invitation.email}</strong> to the workspace{" "}
              <strong data-testid="invited-workspace">{invitation.workspaceName}</strong> as {roleLabel(invitation.role)}.
            </p>
            {invitation.problem ? (
              <Alert tone="error">{invitation.problem}</Alert>
            ) : user ? (
              <>
                <Button onClick={() => void accept()} disabled={isAccepting}>
                  {isAccepting ? "Joining…" : `Join ${invitation.workspaceName}`}
                </Button>
                {acceptError && <Alert tone="error">{acceptError}</Alert>}
              </>
            ) : (
              <>
                <p>Sign in as {invitation.email} to accept. New to Hyperformant? Sign up with that email: the invitation waits for you on your dashboard.</p>
                <div className="flex gap-3">
                  <Link to="/login" className="font-semibold text-indigo-700 hover:underline">Log in</Link>
                  <Link to="/signup" className="font-semibold text-indigo-700 hover:underline">Sign up</Link>
                </div>
              </>
            )}
          </div>
        )}
      </Card>
    </section>
  );
}
