import { useEffect, useRef, useState, type FormEvent } from "react";
import { getApolloEnrolments, getApolloSequences, refreshApolloSequences, setApolloDailySendCap, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { TextField } from "../../client/components/ui/Field";
import { errorMessageOf, fieldErrorOf } from "../../client/operationErrors";
import { enrolmentStatusLabels } from "./enrolmentStatusLabels";

/** Apollo sequences with their stats, the mailboxes with today's use of the daily cap, and the latest enrolments. */
export function ApolloSequencesCard({ connected }: { connected: boolean }) {
  const { data: view, refetch } = useQuery(getApolloSequences);
  const { data: enrolments } = useQuery(getApolloEnrolments, {}, { refetchInterval: 5000 });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [cap, setCap] = useState("");
  const askedOnce = useRef(false);

  async function refresh() {
    setBusy(true);
    setError(null);
    try {
      await refreshApolloSequences();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      void refetch();
    }
  }

  useEffect(() => {
    if (connected && !askedOnce.current && view && view.sequences.length === 0 && view.mailboxes.length === 0) {
      askedOnce.current = true;
      void refresh();
    }
  });

  async function saveCap(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await setApolloDailySendCap({ dailySendCap: Number(cap) });
      setCap("");
      void refetch();
    } catch (caught) {
      setError(caught);
    }
  }

  // Without a key, sequences stored earlier still show (with their stats as last refreshed).
  if (!view || (!connected && view.sequences.length === 0)) return null;
  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <CardTitle>Sequences</CardTitle>
          <p className="mt-1 text-sm text-slate-600">
            Enrol contacts from a list's page. Each mailbox starts at most {view.dailySendCap} enrolments a day (the rest wait for the next day); the {view.plan} plan allows {view.planEnrolmentsPerDay} a day in all.
          </p>
        </div>
        {connected && <Button variant="secondary" onClick={refresh} disabled={busy}>{busy ? "Asking Apollo…" : "Refresh from Apollo"}</Button>}
      </div>
      {error !== null && !fieldErrorOf(error, "dailySendCap") && <div className="mt-3"><Alert tone="error">{errorMessageOf(error)}</Alert></div>}
      {view.sequences.length > 0 && (
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full text-sm" aria-label="Apollo sequences">
            <thead>
              <tr className="text-left text-slate-500">
                <th className="py-2 pr-4 font-medium">Sequence</th>
                <th className="py-2 pr-4 font-medium">Steps</th>
                <th className="py-2 pr-4 font-medium">Delivered</th>
                <th className="py-2 pr-4 font-medium">Opened</th>
                <th className="py-2 pr-4 font-medium">Replied</th>
                <th className="py-2 pr-4 font-medium">Bounced</th>
                <th className="py-2 pr-4 font-medium">Enrolled from here</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {view.sequences.map((sequence) => (
                <tr key={sequence.id} data-testid={`apollo-sequence-${sequence.name}`}>
                  <td className="py-2 pr-4 text-slate-900">{sequence.name}{!sequence.active && <span className="ml-2 text-xs text-slate-500">paused</span>}</td>
                  <td className="py-2 pr-4">{sequence.stepCount ?? "—"}</td>
                  <td className="py-2 pr-4">{sequence.delivered.toLocaleString("en-US")}</td>
                  <td className="py-2 pr-4">{sequence.openRatePercent} %</td>
                  <td className="py-2 pr-4">{sequence.replyRatePercent} %</td>
                  <td className="py-2 pr-4">{sequence.bounceRatePercent} %</td>
                  <td className="py-2 pr-4">{sequence.enrolledHere}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view.mailboxes.length > 0 && (
        <ul className="mt-4 space-y-1 text-sm" aria-label="Sending mailboxes">
          {view.mailboxes.map((mailbox) => (
            <li key={mailbox.id} data-testid="apollo-mailbox">
              {mailbox.email}: {mailbox.usedToday} of {mailbox.capToday} today{!mailbox.active && " (inactive in Apollo)"}
            </li>
          ))}
        </ul>
      )}
      {view.canManage && (
        <form onSubmit={saveCap} className="mt-4 flex flex-wrap items-end gap-3" aria-label="Daily sending cap">
          <TextField label="Daily cap per mailbox" type="number" min={1} max={500} value={cap} placeholder={String(view.dailySendCap)} onChange={(event) => setCap(event.target.value)} error={fieldErrorOf(error, "dailySendCap")} required />
          <Button type="submit" variant="secondary">Save cap</Button>
        </form>
      )}
      {enrolments && enrolments.length > 0 && (
        <div className="mt-6">
          <h3 className="text-sm font-semibold text-slate-900">Latest enrolments</h3>
          <ul className="mt-2 space-y-1 text-sm" aria-label="Latest enrolments">
            {enrolments.slice(0, 20).map((row) => (
              <li key={row.id} data-testid="apollo-enrolment">
                <span className="font-medium">{enrolmentStatusLabels[row.status]}</span> · {row.contactName ?? row.contactEmail ?? "contact"} → {row.sequenceName} from {row.mailbox}
                {row.status === "QUEUED" && <> · on {new Date(row.sendDay).toISOString().slice(0, 10)}</>}
                {row.reason && <span className="text-slate-500"> · {row.reason}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
