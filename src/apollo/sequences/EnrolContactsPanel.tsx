import { useState } from "react";
import { enrolContactsInSequence, getApolloSequences, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { SelectField } from "../../client/components/ui/Field";
import { useActionRunner } from "../../client/useActionRunner";
import type { EnrolmentResult } from "./operations";

/** Enrols the selected contacts of a list in a sequence, from one mailbox, and says what became of each. */
export function EnrolContactsPanel({ contactIds, onDone }: { contactIds: string[]; onDone: () => void }) {
  const { data: view } = useQuery(getApolloSequences);
  const [sequenceId, setSequenceId] = useState("");
  const [mailboxId, setMailboxId] = useState("");
  const [result, setResult] = useState<EnrolmentResult | null>(null);
  const { error, run } = useActionRunner();
  const [busy, setBusy] = useState(false);

  async function enrol() {
    setBusy(true);
    if (await run(async () => setResult(await enrolContactsInSequence({ sequenceId, mailboxId, contactIds })))) onDone();
    setBusy(false);
  }

  if (!view) return null;
  if (view.sequences.length === 0 || view.mailboxes.length === 0) {
    return <p className="text-sm text-slate-600">No sequences or mailboxes yet: refresh them from Apollo on the Apollo page.</p>;
  }
  return (
    <div className="space-y-3 rounded-md bg-slate-50 p-3" aria-label="Enrol in a sequence">
      <div className="flex flex-wrap items-end gap-3">
        <SelectField label="Sequence" value={sequenceId} onChange={(event) => setSequenceId(event.target.value)}>
          <option value="">Pick a sequence</option>
          {view.sequences.map((sequence) => <option key={sequence.id} value={sequence.id}>{sequence.name}</option>)}
        </SelectField>
        <SelectField label="Send from" value={mailboxId} onChange={(event) => setMailboxId(event.target.value)}>
          <option value="">Pick a mailbox</option>
          {view.mailboxes.filter((mailbox) => mailbox.active).map((mailbox) => (
            <option key={mailbox.id} value={mailbox.id}>{mailbox.email} ({mailbox.capToday - mailbox.usedToday} left today)</option>
          ))}
        </SelectField>
        <Button onClick={enrol} disabled={busy || !sequenceId || !mailboxId || contactIds.length === 0}>
          {busy ? "Enrolling…" : `Enrol ${contactIds.length} ${contactIds.length === 1 ? "contact" : "contacts"}`}
        </Button>
      </div>
      {contactIds.length === 0 && !result && <p className="text-sm text-slate-600">Pick contacts with an email below to enrol them.</p>}
      {error && <Alert tone="error">{error}</Alert>}
      {result && (
        <div data-testid="enrolment-result" className="text-sm text-slate-700">
          <p>
            {result.enrolled} enrolled{result.queued > 0 && <>, {result.queued} queued for {result.queuedFor} (today's cap is reached)</>}
            {result.requeued > 0 && <>, {result.requeued} waiting to be retried (Apollo could not be reached)</>}
            {result.alreadyRequested > 0 && <>, {result.alreadyRequested} already asked for</>}.
          </p>
          {result.notEnrolled.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {result.notEnrolled.map((row) => <li key={row.contactId}>{row.name ?? "A contact"}: {row.reason}</li>)}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
