import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../integration/support/database";
import { signUpVerifiedUser } from "../integration/support/httpClient";
import { runJob, useJobQueue } from "../integration/support/jobQueue";
import { workspaceIdOf } from "../integration/support/workspaces";
import { appliedSteps, executionEnded, n8n } from "./support";

/**
 * report-delivery in the real n8n: a queued execution, triggered by the
 * app's own job, posts the report to the Slack-style chat webhook (the
 * stand-in) and calls back succeeded; a webhook that refuses fails it.
 */
const boss = useJobQueue();

// Report delivery is off until an admin turns it on (the workflow settings in SystemConfig).
beforeAll(async () => {
  const settings = {
    n8nUrl: null,
    workflows: {
      "market-research": { enabled: true, webhookPath: "hyperformant/market-research", timeoutMinutes: 30 },
      "sentiment-collection": { enabled: true, webhookPath: "hyperformant/sentiment-collection", timeoutMinutes: 30 },
      "report-delivery": { enabled: true, webhookPath: "hyperformant/report-delivery", timeoutMinutes: 15 },
    },
  };
  await queryRows(`INSERT INTO "SystemConfig" (key, value, "updatedAt") VALUES ('workflows.settings', $1, now()) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [JSON.stringify(settings)]);
});
afterAll(async () => {
  await queryRows(`DELETE FROM "SystemConfig" WHERE key = 'workflows.settings'`);
});

async function queuedDelivery(reportTitle: string) {
  const owner = await signUpVerifiedUser("n8n-delivery");
  const workspaceId = await workspaceIdOf(owner.email);
  const input = { reportId: randomUUID(), reportTitle, reportUrl: `https://app.example.test/reports/${randomUUID()}`, workspaceName: "Delivery & Co", summary: "Three rivals changed pricing <this week>." };
  const [{ id }] = await queryRows<{ id: string }>(
    `INSERT INTO "WorkflowExecution" (id, "workspaceId", "workflowKey", status, input, "timeoutAt", "updatedAt") VALUES (gen_random_uuid(), $1, 'report-delivery', 'QUEUED', $2, now() + interval '15 minutes', now()) RETURNING id`,
    [workspaceId, JSON.stringify(input)],
  );
  return { executionId: id, input };
}

const chatMessages = async () => ((await (await fetch(`${n8n.sourcesUrl}/__stand-in/chat-messages`)).json()) as { messages: Array<{ text: string }> }).messages;

describe("report delivery in the real n8n", () => {
  it("posts the finished report to the chat webhook and succeeds", async () => {
    const title = `Weekly rivals ${randomUUID().slice(0, 8)}`;
    const { executionId, input } = await queuedDelivery(title);
    const job = await runJob(boss, "triggerWorkflowExecution", { executionId });
    expect(job.state).toBe("completed");
    expect(await executionEnded(executionId)).toMatchObject({ status: "SUCCEEDED", errorMessage: null });
    const message = (await chatMessages()).find((candidate) => candidate.text.includes(title));
    expect(message?.text).toBe(`*New report for Delivery &amp; Co:* <${input.reportUrl}|${title}>\nThree rivals changed pricing &lt;this week&gt;.`);
    expect(await appliedSteps(executionId)).toEqual(["started", "finished"]);
  });

  it("a chat webhook answering an error: the execution fails with its answer", async () => {
    await fetch(`${n8n.sourcesUrl}/__stand-in/chat-fail-next`, { method: "POST", body: JSON.stringify({ status: 410, count: 1 }) });
    const title = `Archived channel ${randomUUID().slice(0, 8)}`;
    const { executionId } = await queuedDelivery(title);
    await runJob(boss, "triggerWorkflowExecution", { executionId });
    const execution = await executionEnded(executionId);
    expect(execution.status).toBe("FAILED");
    expect(execution.errorMessage).toBe("The chat webhook answered 410: channel_is_archived");
    expect((await chatMessages()).some((candidate) => candidate.text.includes(title))).toBe(false);
  });
});
