import { useState, type FormEvent } from "react";
import { getApolloConnection, removeApolloApiKey, saveApolloApiKey, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { TextField } from "../../client/components/ui/Field";
import { errorMessageOf, fieldErrorOf } from "../../client/operationErrors";

/** The workspace's Apollo key: saved sealed, shown only as its last four characters. */
export function ApolloConnectionCard() {
  const { data: connection, refetch } = useQuery(getApolloConnection);
  const [apiKey, setApiKey] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await saveApolloApiKey({ apiKey });
      setApiKey("");
      void refetch();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  async function remove() {
    await removeApolloApiKey();
    void refetch();
  }

  return (
    <Card>
      <CardTitle>Apollo API key</CardTitle>
      <p className="mt-1 text-sm text-slate-600">
        With a key, new companies are enriched with firmographics from Apollo and refreshed weekly; a master key also
        syncs Apollo's lists and enrols their contacts in its sequences. The key is stored encrypted and never shown again.
      </p>
      {connection && (
        <p className="mt-3 text-sm" data-testid="apollo-connection">
          {connection.connected ? `Connected with key ${connection.keyHint}` : "Not connected: companies are not enriched."}
        </p>
      )}
      {connection?.connected && connection.masterKey === false && (
        <div className="mt-3" data-testid="apollo-standard-key">
          <Alert tone="info">
            This is a standard Apollo key. Enrichment works with it, but Apollo gives its lists and sequences only to
            master keys: syncing Apollo lists and enrolling contacts in sequences need one. Create a master key in Apollo
            (Settings → Integrations → API) and save it here.
          </Alert>
        </div>
      )}
      {connection?.canManage === false && (
        <p className="mt-2 text-sm text-slate-500">Only the workspace's owners and admins can change the key.</p>
      )}
      {connection?.canManage && (
        <form onSubmit={save} className="mt-3 flex flex-wrap items-end gap-3" aria-label="Apollo API key">
          <TextField
            label={connection.connected ? "Replace the key" : "API key"}
            type="password"
            autoComplete="off"
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
            error={fieldErrorOf(error, "apiKey")}
            required
          />
          <Button type="submit" disabled={saving}>{saving ? "Saving…" : "Save key"}</Button>
          {connection.connected && <Button variant="secondary" onClick={remove}>Remove key</Button>}
        </form>
      )}
      {error !== null && !fieldErrorOf(error, "apiKey") && <div className="mt-3"><Alert tone="error">{errorMessageOf(error)}</Alert></div>}
    </Card>
  );
}
