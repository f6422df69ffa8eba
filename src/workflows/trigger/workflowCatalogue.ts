/** The n8n workflows the app starts: each one's production webhook path and how long it may run before the sweeper gives up. */
export const workflowCatalogue = {
  "market-research": { label: "Market research", webhookPath: "hyperformant/market-research", timeoutMinutes: 30 },
  "sentiment-collection": { label: "Sentiment collection", webhookPath: "hyperformant/sentiment-collection", timeoutMinutes: 30 },
  "report-delivery": { label: "Report delivery", webhookPath: "hyperformant/report-delivery", timeoutMinutes: 15 },
} as const;
export type WorkflowKey = keyof typeof workflowCatalogue;
export const workflowKeys = Object.keys(workflowCatalogue) as WorkflowKey[];

/** A stored workflow key's label ("Market research"), or the key itself for one no longer in the catalogue. */
export const workflowLabelOf = (key: string) => workflowCatalogue[key as WorkflowKey]?.label ?? key;

/** A production webhook's URL: <n8n root>/webhook/<path>, whether the root ends in "/" or sits under a path of its own. */
export function webhookUrlOf(n8nUrl: string, webhookPath: string): string {
  return `${n8nUrl.replace(/\/+$/, "")}/webhook/${webhookPath.replace(/^\/+/, "")}`;
}

/** The header n8n's Webhook node checks (its Header Auth credential holds the same secret). */
export const TRIGGER_SECRET_HEADER = "x-hyperformant-secret";

export type TriggerAnswer = { kind: "accepted" } | { kind: "retry"; reason: string } | { kind: "refused"; reason: string };

/** What n8n's answer to a trigger means: 2xx accepted; 5xx, 429 or no answer worth another try; any other 4xx refused for good. */
export function triggerAnswerOf(status: number | null, detail: string): TriggerAnswer {
  if (status === null) return { kind: "retry", reason: `n8n could not be reached: ${detail}` };
  if (status >= 200 && status < 300) return { kind: "accepted" };
  if (status >= 500 || status === 429) return { kind: "retry", reason: `n8n answered ${status}${detail ? `: ${detail}` : ""}` };
  if (status === 403 || status === 401) return { kind: "refused", reason: `n8n refused the trigger (${status}): the shared secret does not match its Header Auth credential.` };
  if (status === 404) return { kind: "refused", reason: "n8n has no active workflow at that webhook path (404): import and activate the workflows." };
  return { kind: "refused", reason: `n8n answered ${status}${detail ? `: ${detail}` : ""}` };
}
