import { createHmac, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { queryRows } from "../integration/support/database";
import { n8n } from "./support";

/**
 * Every Webhook node of the repo's workflows, in the real n8n: its Header
 * Auth refuses a request without the shared secret or with a wrong one
 * (403), and with the secret the workflow still refuses a trigger whose
 * signature is missing, forged or stale (401) before doing anything.
 */
const paths = ["hyperformant/market-research", "hyperformant/sentiment-collection", "hyperformant/report-delivery"];
const sign = (secret: string, body: string, t = Math.floor(Date.now() / 1000)) => `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;

function triggerBody() {
  const executionId = randomUUID();
  return {
    executionId,
    text: JSON.stringify({ executionId, workspaceId: randomUUID(), workflow: "market-research", input: { companyId: randomUUID(), companyName: "Nobody", domain: "nobody.example" }, callbackUrl: "http://127.0.0.1:9/api/workflows/callback" }),
  };
}

const post = (path: string, body: string, headers: Record<string, string>) =>
  fetch(`${n8n.url}/webhook/${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

describe.each(paths)("the webhook %s", (path) => {
  it("refuses a request without the secret, and with a wrong one (403)", async () => {
    const { text } = triggerBody();
    const signature = sign(n8n.secret, text);
    const without = await post(path, text, { "x-hyperformant-signature": signature });
    expect(without.status).toBe(403);
    const wrong = await post(path, text, { "x-hyperformant-secret": `${n8n.secret}-wrong`, "x-hyperformant-signature": signature });
    expect(wrong.status).toBe(403);
  });

  it("with the secret, refuses an unsigned, forged or stale trigger (401)", async () => {
    const { text } = triggerBody();
    const secret = { "x-hyperformant-secret": n8n.secret };
    expect((await post(path, text, secret)).status).toBe(401);
    expect((await post(path, text, { ...secret, "x-hyperformant-signature": sign("another-secret-entirely", text) })).status).toBe(401);
    expect((await post(path, text.replace("Nobody", "Somebody"), { ...secret, "x-hyperformant-signature": sign(n8n.secret, text) })).status).toBe(401);
    const stale = await post(path, text, { ...secret, "x-hyperformant-signature": sign(n8n.secret, text, Math.floor(Date.now() / 1000) - 600) });
    expect(stale.status).toBe(401);
    expect(await stale.json()).toEqual({ message: "The trigger's signature is not valid." });
  });

  it("accepts a signed trigger with the secret (200) at once", async () => {
    const { text, executionId } = triggerBody();
    const started = Date.now();
    const answer = await post(path, text, { "x-hyperformant-secret": n8n.secret, "x-hyperformant-signature": sign(n8n.secret, text) });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ message: "Workflow was started" });
    expect(Date.now() - started).toBeLessThan(5_000);
    // Its callbacks go nowhere (port 9): the app knows nothing of this execution.
    expect(await queryRows(`SELECT id FROM "WorkflowCallback" WHERE "executionId" = $1`, [executionId])).toEqual([]);
  });
});
