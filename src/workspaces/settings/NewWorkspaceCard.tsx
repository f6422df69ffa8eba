import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { createWorkspace } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { TextField } from "../../client/components/ui/Field";
import { errorMessageOf, fieldErrorOf } from "../../client/operationErrors";

export function NewWorkspaceCard() {
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [isCreating, setIsCreating] = useState(false);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsCreating(true);
    setError(null);
    try {
      await createWorkspace({ name });
      setName("");
      navigate("/app/team");
    } catch (caught) {
      setError(caught);
    } finally {
      setIsCreating(false);
    }
  }
  return (
    <Card id="new-workspace">
      <CardTitle>New team workspace</CardTitle>
      <p className="mt-2 text-sm text-slate-600">A workspace of its own for a team: you own it, and you switch to it at once.</p>
      <form onSubmit={handleSubmit} className="mt-4 flex items-end gap-3">
        <TextField label="Workspace name" name="name" value={name} onChange={(event) => setName(event.target.value)} className="flex-1" error={fieldErrorOf(error, "name")} />
        <Button type="submit" disabled={isCreating || name.trim() === ""}>
          {isCreating ? "Creating…" : "Create workspace"}
        </Button>
      </form>
      {error && !fieldErrorOf(error, "name") ? <div className="mt-3"><Alert tone="error">{errorMessageOf(error)}</Alert></div> : null}
    </Card>
  );
}
