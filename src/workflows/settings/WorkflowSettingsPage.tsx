import { useState } from "react";
import { Link } from "react-router";
import type { AuthUser } from "wasp/auth";
import { getWorkflowSettings, updateWorkflowSettings, useQuery } from "wasp/client/operations";
import { AdminArea } from "../../admin/AdminArea";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { TextField } from "../../client/components/ui/Field";
import { errorMessageOf, fieldErrorsOf } from "../../client/operationErrors";
import { workflowCatalogue, workflowKeys } from "../trigger/workflowCatalogue";
import type { WorkflowSettings } from "./workflowSettings";
import type { WorkflowSettingsView } from "./operations";

export function WorkflowSettingsPage({ user }: { user: AuthUser }) {
  return <AdminArea user={user}><WorkflowSettingsLoader /></AdminArea>;
}

function WorkflowSettingsLoader() {
  const { data, error, refetch } = useQuery(getWorkflowSettings);
  if (error) return <Alert tone="error">{error.message}</Alert>;
  if (!data) return <p className="text-slate-500">Loading…</p>;
  return <WorkflowSettingsForm key={JSON.stringify(data.settings)} view={data} onSaved={() => void refetch()} />;
}

type Draft = { n8nUrl: string; workflows: Record<string, { enabled: boolean; webhookPath: string; timeoutMinutes: string }> };
const draftOf = (settings: WorkflowSettings): Draft => ({
  n8nUrl: settings.n8nUrl ?? "",
  workflows: Object.fromEntries(workflowKeys.map((key) => [key, { ...settings.workflows[key], timeoutMinutes: String(settings.workflows[key].timeoutMinutes) }])),
});

/** n8n's URL and each workflow's switch, webhook path and timeout; the server validates and logs every change. */
function WorkflowSettingsForm({ view, onSaved }: { view: WorkflowSettingsView; onSaved: () => void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(view.settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const setWorkflow = (key: string, next: Partial<Draft["workflows"][string]>) => setDraft({ ...draft, workflows: { ...draft.workflows, [key]: { ...draft.workflows[key], ...next } } });

  async function save() {
    setSaving(true);
    setErrors({});
    setMessage(null);
    try {
      const saved = await updateWorkflowSettings({
        n8nUrl: draft.n8nUrl.trim(),
        workflows: Object.fromEntries(workflowKeys.map((key) => [key, { ...draft.workflows[key], timeoutMinutes: Number(draft.workflows[key].timeoutMinutes) }])) as WorkflowSettings["workflows"],
      });
      setMessage({ tone: "success", text: saved.changes.length === 0 ? "Nothing changed." : `Saved: ${saved.changes.map((change) => change.field).join(", ")}.` });
      onSaved();
    } catch (caught) {
      setErrors(fieldErrorsOf(caught));
      setMessage({ tone: "error", text: errorMessageOf(caught) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="space-y-6" aria-label="Workflow settings" onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <div className="flex justify-end"><Link to="/admin/workflows" className="text-sm font-semibold text-indigo-700 hover:underline">← Workflow runs</Link></div>
      <Card>
        <CardTitle>n8n</CardTitle>
        <p className="mt-1 text-sm text-slate-600">
          Leave the URL empty to use the server's N8N_URL ({view.serverN8nUrl ?? "not set"}). The shared secret stays in the server's environment: {view.secretConfigured ? "N8N_WEBHOOK_SECRET is set." : "N8N_WEBHOOK_SECRET is not set, so no workflow can start."}
        </p>
        <TextField className="mt-3 max-w-xl" label="n8n URL" placeholder={view.serverN8nUrl ?? "https://n8n.example.com"} value={draft.n8nUrl} error={errors.n8nUrl} onChange={(event) => setDraft({ ...draft, n8nUrl: event.target.value })} />
      </Card>
      {workflowKeys.map((key) => (
        <Card key={key} data-testid={`workflow-settings-${key}`}>
          <CardTitle>{workflowCatalogue[key].label}</CardTitle>
          <label className="mt-3 flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={draft.workflows[key].enabled} onChange={(event) => setWorkflow(key, { enabled: event.target.checked })} />
            {key === "report-delivery" ? "Announce finished reports through n8n" : "Members can start it"}
          </label>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <TextField label="Webhook path" value={draft.workflows[key].webhookPath} error={errors[`workflows.${key}.webhookPath`]} onChange={(event) => setWorkflow(key, { webhookPath: event.target.value })} />
            <TextField label="Timeout (minutes)" type="number" min={1} max={1440} value={draft.workflows[key].timeoutMinutes} error={errors[`workflows.${key}.timeoutMinutes`]} onChange={(event) => setWorkflow(key, { timeoutMinutes: event.target.value })} />
          </div>
        </Card>
      ))}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" disabled={saving}>{saving ? "Saving…" : "Save settings"}</Button>
    </form>
  );
}
