import { useState } from "react";
import { emailReport, getReportRecipients, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { errorMessageOf } from "../../client/operationErrors";
import type { ReportRecipient } from "./deliveryOperations";

/** How long the panel follows the deliveries it asked for (a job that never ran stops being waited on). */
const FOLLOW_DELIVERIES_MS = 2 * 60_000;

/** Email the PDF to members of the workspace; shows what was already sent to whom. */
export function EmailReportPanel({ reportId }: { reportId: string }) {
  // The members just sent the PDF, and since when: the list refreshes only until each delivery has settled.
  const [awaited, setAwaited] = useState<{ userIds: string[]; since: number }>({ userIds: [], since: 0 });
  const stillSending = (current?: ReportRecipient[]) =>
    Date.now() - awaited.since < FOLLOW_DELIVERIES_MS &&
    awaited.userIds.some((userId) => {
      const delivery = current?.find((recipient) => recipient.userId === userId)?.delivery;
      return !delivery || delivery.status === "PENDING";
    });
  const { data: recipients, refetch } = useQuery(getReportRecipients, { reportId }, { refetchInterval: (current?: ReportRecipient[]) => (stillSending(current) ? 1500 : false) });
  const [chosen, setChosen] = useState<Set<string> | undefined>();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const selected = chosen ?? new Set(recipients?.filter((recipient) => recipient.isYou).map((recipient) => recipient.userId) ?? []);

  function toggle(userId: string) {
    const next = new Set(selected);
    if (next.has(userId)) next.delete(userId);
    else next.add(userId);
    setChosen(next);
  }

  async function send() {
    setMessage(undefined);
    try {
      const { queued } = await emailReport({ reportId, recipientUserIds: [...selected] });
      setMessage({ tone: "success", text: `The PDF is on its way to ${queued} ${queued === 1 ? "person" : "people"}.` });
      setAwaited({ userIds: [...selected], since: Date.now() });
      await refetch();
    } catch (failure) {
      setMessage({ tone: "error", text: errorMessageOf(failure) });
    }
  }

  return (
    <div className="space-y-3" data-testid="email-report">
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium text-slate-800">Email the PDF to</legend>
        {recipients?.map((recipient) => (
          <label key={recipient.userId} className="flex items-center gap-2">
            <input type="checkbox" checked={selected.has(recipient.userId)} onChange={() => toggle(recipient.userId)} />
            <span>{recipient.name}{recipient.isYou && " (you)"}</span>
            {recipient.delivery && (
              <span className="text-xs text-slate-500" data-testid="email-delivery">
                {recipient.delivery.status === "SENT" ? `sent ${new Date(recipient.delivery.sentAt!).toLocaleString("en-US")}` : recipient.delivery.status === "FAILED" ? `failed: ${recipient.delivery.error}` : "sending…"}
              </span>
            )}
          </label>
        ))}
      </fieldset>
      <Button variant="secondary" onClick={() => void send()} disabled={selected.size === 0}>Send email</Button>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </div>
  );
}
