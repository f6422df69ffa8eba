import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { deleteWorkspace, leaveWorkspace, renameWorkspace } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { TextField } from "../../client/components/ui/Field";
import { errorMessageOf, fieldErrorOf } from "../../client/operationErrors";
import { useActionRunner } from "../../client/useActionRunner";
import type { WorkspaceMembersView } from "../members/memberOperations";
import { hasRole } from "../workspaceRoles";

/** Rename (owners and admins), leave (anyone but the last owner), delete (owners, typing the name). */
export function WorkspaceSettingsCard({ view }: { view: WorkspaceMembersView }) {
  const { workspace, yourRole } = view;
  return (
    <Card>
      <CardTitle>Workspace settings</CardTitle>
      {hasRole(yourRole, "ADMIN") && <RenameForm workspaceId={workspace.id} currentName={workspace.name} />}
      {!workspace.isPersonal && <LeaveButton workspaceId={workspace.id} />}
      {!workspace.isPersonal && yourRole === "OWNER" && <DeleteForm workspaceId={workspace.id} name={workspace.name} />}
    </Card>
  );
}

function RenameForm({ workspaceId, currentName }: { workspaceId: string; currentName: string }) {
  const [name, setName] = useState(currentName);
  const [outcome, setOutcome] = useState<"saved" | { error: unknown } | null>(null);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await renameWorkspace({ workspaceId, name });
      setOutcome("saved");
    } catch (error) {
      setOutcome({ error });
    }
  }
  const error = outcome && outcome !== "saved" ? outcome.error : null;
  return (
    <form onSubmit={handleSubmit} className="mt-4 flex items-end gap-3">
      <TextField label="Name" name="workspaceName" value={name} onChange={(event) => setName(event.target.value)} className="flex-1" error={fieldErrorOf(error, "name")} />
      <Button type="submit" variant="secondary" disabled={name.trim() === "" || name === currentName}>Rename</Button>
      {outcome === "saved" && <span role="status" className="text-sm text-emerald-700">Saved.</span>}
      {error && !fieldErrorOf(error, "name") ? <span role="alert" className="text-sm text-red-600">{errorMessageOf(error)}</span> : null}
    </form>
  );
}

function LeaveButton({ workspaceId }: { workspaceId: string }) {
  const navigate = useNavigate();
  const { error, run } = useActionRunner("Could not leave the workspace.");
  async function handleLeave() {
    if (!window.confirm("Leave this workspace? You will lose access to its companies and reports.")) return;
    if (await run(() => leaveWorkspace({ workspaceId }))) navigate("/app");
  }
  return (
    <div className="mt-6 border-t border-slate-100 pt-4">
      <Button variant="secondary" onClick={() => void handleLeave()}>Leave workspace</Button>
      {error && <div className="mt-3"><Alert tone="error">{error}</Alert></div>}
    </div>
  );
}

function DeleteForm({ workspaceId, name }: { workspaceId: string; name: string }) {
  const navigate = useNavigate();
  const [confirmName, setConfirmName] = useState("");
  const [error, setError] = useState<unknown>(null);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await deleteWorkspace({ workspaceId, confirmName });
      navigate("/app");
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <form onSubmit={handleSubmit} className="mt-6 space-y-3 border-t border-red-100 pt-4">
      <p className="text-sm font-semibold text-red-700">Delete this workspace</p>
      <p className="text-sm text-slate-600">Its companies, reports, imports and runs are deleted with it, for every member. This cannot be undone.</p>
      <TextField label={`Type ${name} to confirm`} name="confirmName" value={confirmName} onChange={(event) => setConfirmName(event.target.value)} autoComplete="off" error={fieldErrorOf(error, "confirmName")} />
      {error && !fieldErrorOf(error, "confirmName") ? <Alert tone="error">{errorMessageOf(error)}</Alert> : null}
      <Button type="submit" variant="destructive" disabled={confirmName.trim() !== name}>Delete workspace</Button>
    </form>
  );
}
