import { z } from "zod";
import { config, env, prisma } from "wasp/server";
import type { TriggerWorkflowExecution } from "wasp/server/jobs";
import { triggerWorkflowExecution as triggerJob } from "wasp/server/jobs";
import { logger } from "../../server/logging/logger";
import { SIGNATURE_HEADER, signatureHeader } from "../workflowSignature";
import { workflowAvailability } from "../settings/workflowAvailability";
import { loadWorkflowSettings } from "../settings/workflowSettingsStore";
import { TRIGGER_SECRET_HEADER, triggerAnswerOf, webhookUrlOf, workflowCatalogue, type WorkflowKey } from "./workflowCatalogue";

const jobArgs = z.object({ executionId: z.string().uuid() }).strict();
export type TriggerOutcome = { outcome: "sent" | "not-queued" | "failed" };

/**
 * Starts one execution's workflow in n8n: a POST to its production webhook
 * with the Header Auth secret and a signature over a timestamp and the raw
 * body, which carries the execution id for n8n to call back with. n8n
 * unreachable or answering 5xx: pg-boss tries again with backoff; after the
 * last attempt, or when n8n refuses it, the execution fails with the reason.
 */
export const triggerWorkflowExecution: TriggerWorkflowExecution<z.input<typeof jobArgs>, TriggerOutcome> = async (rawArgs) => {
  const { executionId } = jobArgs.parse(rawArgs);
  const execution = await prisma.workflowExecution.findUnique({ where: { id: executionId } });
  if (!execution || execution.status !== "QUEUED") return { outcome: "not-queued" };
  // Claimed before sending, so a redelivered job never starts the workflow twice. A run that dies after
  // n8n took the trigger leaves the claim: the execution then waits for n8n's callbacks or the sweeper.
  const { count } = await prisma.workflowExecution.updateMany({ where: { id: executionId, status: "QUEUED", triggeredAt: null }, data: { attempts: { increment: 1 }, triggeredAt: new Date() } });
  if (count === 0) return { outcome: "not-queued" };
  const attempt = execution.attempts + 1;
  if (!(execution.workflowKey in workflowCatalogue)) return fail(executionId, `There is no workflow named ${execution.workflowKey}.`);
  const settings = await loadWorkflowSettings(prisma.systemConfig);
  const availability = workflowAvailability(settings, execution.workflowKey as WorkflowKey);
  if (availability.kind !== "available") return fail(executionId, availability.reason);

  const body = JSON.stringify({
    executionId,
    workspaceId: execution.workspaceId,
    workflow: execution.workflowKey,
    input: execution.input,
    callbackUrl: `${config.serverUrl}/api/workflows/callback`,
  });
  let status: number | null = null;
  let detail = "";
  try {
    const response = await fetch(webhookUrlOf(availability.n8nUrl, settings.workflows[execution.workflowKey as WorkflowKey].webhookPath), {
      method: "POST",
      headers: { "content-type": "application/json", [TRIGGER_SECRET_HEADER]: availability.secret, [SIGNATURE_HEADER]: signatureHeader(availability.secret, body, Math.floor(Date.now() / 1000)) },
      body,
      signal: AbortSignal.timeout(env.N8N_TRIGGER_TIMEOUT_MS),
    });
    status = response.status;
    detail = (await response.text()).slice(0, 200);
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
  }
  const answer = triggerAnswerOf(status, detail);
  if (answer.kind === "accepted") {
    logger.info({ job: "triggerWorkflowExecution", executionId, workflow: execution.workflowKey, attempt }, "workflow triggered");
    return { outcome: "sent" };
  }
  if (answer.kind === "retry" && attempt < env.N8N_TRIGGER_ATTEMPTS) {
    await prisma.workflowExecution.updateMany({ where: { id: executionId, status: "QUEUED" }, data: { triggeredAt: null, errorMessage: answer.reason } });
    logger.warn({ job: "triggerWorkflowExecution", executionId, attempt, reason: answer.reason }, "workflow trigger failed; pg-boss tries again");
    throw new Error(answer.reason);
  }
  return fail(executionId, attempt > 1 ? `${answer.reason} (after ${attempt} attempts)` : answer.reason);
};

async function fail(executionId: string, reason: string): Promise<TriggerOutcome> {
  await prisma.workflowExecution.updateMany({
    where: { id: executionId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", errorMessage: reason, finishedAt: new Date(), progressPercent: 100 },
  });
  return { outcome: "failed" };
}

/** Queues the trigger; retries back off from N8N_TRIGGER_RETRY_DELAY_SECONDS. */
export async function submitWorkflowTrigger(executionId: string) {
  await triggerJob.submit(
    { executionId },
    { retryLimit: Math.max(0, env.N8N_TRIGGER_ATTEMPTS - 1), retryDelay: env.N8N_TRIGGER_RETRY_DELAY_SECONDS, retryBackoff: true, singletonKey: `workflow-trigger-${executionId}` },
  );
}
