import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { json, rawBody } from "../shared/httpHelpers.ts";

/**
 * n8n's production webhooks for the repo's workflows, on 127.0.0.1, doing
 * what the workflows do against local sources: the Webhook node's Header
 * Auth (403 "Authorization data is wrong!" without the secret), a Code node
 * checking the app's signature (timestamp + raw body; 401 otherwise), an
 * immediate answer ("Workflow was started"), then signed callbacks to the
 * app: running, the results, succeeded. `POST /__stand-in/fail-next`
 * ({ status, count }) makes the next triggers answer that status instead.
 */
export type TriggerBody = { executionId: string; workspaceId: string; workflow: string; input: { companyId: string; companyName: string; domain: string } | null; callbackUrl: string };

const PATHS = ["hyperformant/market-research", "hyperformant/sentiment-collection", "hyperformant/report-delivery"];

export function sign(secret: string, body: string, timestampSeconds = Math.floor(Date.now() / 1000)): string {
  return `t=${timestampSeconds},v1=${createHmac("sha256", secret).update(`${timestampSeconds}.`).update(body).digest("hex")}`;
}

function signatureValid(secret: string, body: Buffer, header: string | undefined): boolean {
  const parts = new Map((header ?? "").split(",").map((part) => part.split("=", 2) as [string, string]));
  const timestamp = Number(parts.get("t"));
  const given = Buffer.from(parts.get("v1") ?? "", "hex");
  const expected = createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest();
  return Number.isInteger(timestamp) && Math.abs(Date.now() / 1000 - timestamp) <= 300 && given.length === expected.length && timingSafeEqual(given, expected);
}

/** The results each workflow calls back with, from its (stand-in) sources. */
export function resultsOf(trigger: TriggerBody): object[] {
  // A trigger without a company (report delivery, or an execution stored without input) finds nothing.
  if (!trigger.input?.companyId) return [];
  const { companyId, companyName, domain } = trigger.input;
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  switch (trigger.workflow) {
    case "market-research":
      return [
        {
          kind: "research-findings",
          companyId,
          findings: [
            { category: "FUNDING", text: `${companyName} raised a Series B to expand in Europe.`, url: `https://news.example.test/${domain}/series-b`, source: "Stand-in News", publishedAt: day(3) },
            { category: "PRODUCT_CHANGE", text: `${companyName} launched usage-based pricing for its API.`, url: `https://news.example.test/${domain}/pricing`, source: "Stand-in News", publishedAt: day(9) },
          ],
        },
        { kind: "market-data", companyId, points: [{ metric: "Web traffic", value: 120_000, unit: "visits", observedAt: day(1) }] },
      ];
    case "sentiment-collection":
      return [
        {
          kind: "sentiment-mentions",
          companyId,
          mentions: [
            { text: `Switched to ${companyName} last month and support has been excellent.`, sourceName: "Stand-in Reviews", sourceUrl: `https://reviews.example.test/${domain}/1`, publishedAt: day(2) },
            { text: `${companyName} raised prices again, which is disappointing.`, sourceName: "Stand-in Reviews", sourceUrl: `https://reviews.example.test/${domain}/2`, publishedAt: day(5) },
          ],
        },
      ];
    default:
      return [];
  }
}

export async function startN8nStandIn(options: { port?: number; secret: string; callbackDelayMs?: number }) {
  const triggers: TriggerBody[] = [];
  const callbacks: Array<{ executionId: string; stepId: string; status: number }> = [];
  let failNext = { status: 0, count: 0 };

  async function callBack(trigger: TriggerBody) {
    const steps: Array<[string, object]> = [
      ["started", { kind: "status", status: "running" }],
      ...resultsOf(trigger).map((result, index) => [`result-${index + 1}`, result] as [string, object]),
      ["finished", { kind: "status", status: "succeeded" }],
    ];
    for (const [stepId, result] of steps) {
      await new Promise((resolve) => setTimeout(resolve, options.callbackDelayMs ?? 100));
      const body = JSON.stringify({ executionId: trigger.executionId, stepId, workspaceId: trigger.workspaceId, result });
      try {
        const response = await fetch(trigger.callbackUrl, { method: "POST", headers: { "content-type": "application/json", "x-hyperformant-signature": sign(options.secret, body) }, body });
        callbacks.push({ executionId: trigger.executionId, stepId, status: response.status });
      } catch {
        callbacks.push({ executionId: trigger.executionId, stepId, status: 0 });
      }
    }
  }

  const server = createServer(async (req, res) => {
    const body = await rawBody(req);
    const url = new URL(req.url ?? "/", "http://stand-in");
    if (req.method === "GET" && url.pathname === "/healthz") return json(res, 200, { status: "ok" });
    if (req.method === "GET" && url.pathname === "/__stand-in/triggers") return json(res, 200, { triggers, callbacks });
    if (req.method === "POST" && url.pathname === "/__stand-in/fail-next") {
      failNext = JSON.parse(body.toString("utf8"));
      return json(res, 200, failNext);
    }
    const path = url.pathname.replace(/^\/webhook\//, "");
    if (req.method !== "POST" || !url.pathname.startsWith("/webhook/") || !PATHS.includes(path)) {
      return json(res, 404, { code: 404, message: `The requested webhook "${req.method} ${path}" is not registered.` });
    }
    if (req.headers["x-hyperformant-secret"] !== options.secret) return json(res, 403, { message: "Authorization data is wrong!" });
    if (failNext.count > 0) {
      failNext.count -= 1;
      return json(res, failNext.status, { message: "stand-in failure" });
    }
    if (!signatureValid(options.secret, body, req.headers["x-hyperformant-signature"] as string | undefined)) return json(res, 401, { message: "The trigger's signature is not valid." });
    const trigger = JSON.parse(body.toString("utf8")) as TriggerBody;
    triggers.push(trigger);
    json(res, 200, { message: "Workflow was started" });
    // A callback that throws must not take the stand-in down for every later test.
    callBack(trigger).catch((error: unknown) => console.error(`callbacks for ${trigger.executionId} failed:`, error));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, triggers, callbacks, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
