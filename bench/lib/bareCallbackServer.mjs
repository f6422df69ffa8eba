// The callback benchmark's baseline, in a process of its own: a bare Node http server that verifies
// the same signature (HMAC-SHA256 over "<t>.<raw body>", 5-minute window) and applies a
// research-findings callback with the same statements through pg, and nothing else.
//   node bench/lib/bareCallbackServer.mjs   (DATABASE_URL, N8N_WEBHOOK_SECRET; prints its port)
import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";

const secret = process.env.N8N_WEBHOOK_SECRET;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

function verified(header, body) {
  const parts = new Map(String(header ?? "").split(",").map((part) => part.split("=", 2)));
  const timestamp = Number(parts.get("t"));
  const given = Buffer.from(parts.get("v1") ?? "", "hex");
  const expected = createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest();
  return Number.isInteger(timestamp) && Math.abs(Date.now() / 1000 - timestamp) <= 300 && given.length === expected.length && timingSafeEqual(given, expected);
}

async function apply(callback) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows: [execution] } = await client.query(`SELECT "workspaceId", status::text AS status FROM "WorkflowExecution" WHERE id = $1 FOR UPDATE`, [callback.executionId]);
    if (execution && execution.workspaceId === callback.workspaceId) {
      const recorded = await client.query(
        `INSERT INTO "WorkflowCallback" (id, "receivedAt", "executionId", "stepId", kind) VALUES ($1, now(), $2, $3, $4) ON CONFLICT ("executionId", "stepId") DO NOTHING RETURNING 1`,
        [randomUUID(), callback.executionId, callback.stepId, callback.result.kind],
      );
      if (recorded.rowCount === 1) {
        await client.query(`UPDATE "WorkflowExecution" SET status = 'RUNNING', "startedAt" = coalesce("startedAt", now()), "updatedAt" = now() WHERE id = $1 AND status = 'QUEUED'`, [callback.executionId]);
        for (const finding of callback.result.findings) {
          await client.query(
            `INSERT INTO "MarketIntelligence" (id, "createdAt", "workspaceId", "workflowExecutionId", kind, "companyId", title, content, "sourceName", "sourceUrl", "observedAt", "dedupeKey")
             VALUES ($1, now(), $2, $3, $4::"IntelligenceKind", $5, $6, $7, $8, $9, now(), $10) ON CONFLICT ("workspaceId", "dedupeKey") DO NOTHING`,
            [randomUUID(), callback.workspaceId, callback.executionId, finding.category, callback.result.companyId, finding.text.slice(0, 120), finding.text, finding.source, finding.url,
              `finding:${createHash("sha256").update([callback.result.companyId, finding.url, finding.text].join("\u0000")).digest("hex")}`],
          );
        }
      }
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", async () => {
    const body = Buffer.concat(chunks);
    if (!verified(req.headers["x-hyperformant-signature"], body)) return res.writeHead(401).end();
    try {
      await apply(JSON.parse(body.toString("utf8")));
      res.writeHead(200, { "content-type": "application/json" }).end('{"outcome":"applied"}');
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
});
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
