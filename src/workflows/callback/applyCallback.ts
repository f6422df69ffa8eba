import { createHash } from "node:crypto";
import { sizeBandOf } from "../../companies/enrichment/apolloFirmographics";
import { mentionRecord, mentionTitle } from "../../sentiment/mentions/mentionRecord";
import type { Sql } from "../../server/db/sql";
import type { CallbackResult, WorkflowCallback } from "./callbackPayload";

export type CallbackOutcome = "applied" | "duplicate" | "unknown-execution" | "other-workspace" | "finished";

const NOW = `(now() AT TIME ZONE 'UTC')`;
const FINISHED = ["SUCCEEDED", "FAILED", "TIMED_OUT"];

/**
 * Applies one verified callback inside the caller's transaction: the
 * execution is locked, the (execution, step) pair recorded once, and what the
 * result carries written. A redelivered step, an unknown or finished
 * execution, or one of another workspace changes nothing. A result that
 * arrives before its "running" moves the execution to running; a late
 * "running" never moves a finished one back.
 */
export async function applyCallback(sql: Sql, callback: WorkflowCallback): Promise<CallbackOutcome> {
  const [execution] = await sql<{ workspaceId: string; status: string }>(
    `SELECT "workspaceId", status::text AS status FROM "WorkflowExecution" WHERE id = $1 FOR UPDATE`,
    [callback.executionId],
  );
  if (!execution) return "unknown-execution";
  if (execution.workspaceId !== callback.workspaceId) return "other-workspace";
  if (FINISHED.includes(execution.status)) return "finished";
  if ("companyId" in callback.result) {
    const [company] = await sql(`SELECT 1 FROM "Company" WHERE id = $1 AND "workspaceId" = $2`, [callback.result.companyId, execution.workspaceId]);
    if (!company) return "other-workspace";
  }
  const recorded = await sql(
    `INSERT INTO "WorkflowCallback" (id, "receivedAt", "executionId", "stepId", kind) VALUES (gen_random_uuid(), ${NOW}, $1, $2, $3)
     ON CONFLICT ("executionId", "stepId") DO NOTHING RETURNING 1`,
    [callback.executionId, callback.stepId, callback.result.kind],
  );
  if (recorded.length === 0) return "duplicate";
  await writeResult(sql, callback.executionId, execution.workspaceId, callback.result);
  return "applied";
}

async function writeResult(sql: Sql, executionId: string, workspaceId: string, result: CallbackResult): Promise<void> {
  if (result.kind === "status") {
    if (result.status === "running") {
      await markRunning(sql, executionId);
      return;
    }
    await sql(
      `UPDATE "WorkflowExecution" SET status = $2::"WorkflowStatus", "errorMessage" = $3, "startedAt" = coalesce("startedAt", ${NOW}), "finishedAt" = ${NOW},
         "progressPercent" = 100, "updatedAt" = ${NOW} WHERE id = $1`,
      [executionId, result.status === "succeeded" ? "SUCCEEDED" : "FAILED", result.status === "failed" ? (result.error ?? "The workflow failed without saying why.") : null],
    );
    return;
  }
  // Any result means the workflow is running, even when its "running" has not arrived yet.
  await markRunning(sql, executionId);
  switch (result.kind) {
    case "sentiment-mentions": {
      const rows = result.mentions.map((mention) =>
        mentionRecord({ companyId: result.companyId, text: mention.text, sourceName: mention.sourceName, sourceUrl: mention.sourceUrl ?? null, author: mention.author ?? null, publishedAt: mention.publishedAt }),
      );
      await insertIntelligence(sql, workspaceId, executionId, rows.map((row) => ({ ...row, kind: "SENTIMENT" })));
      return;
    }
    case "research-findings": {
      const rows = result.findings.map((finding) => ({
        kind: finding.category,
        companyId: result.companyId,
        title: mentionTitle(finding.text),
        content: finding.text.trim(),
        sourceName: finding.source,
        sourceUrl: finding.url,
        author: null,
        observedAt: finding.publishedAt ?? new Date(),
        sentimentScore: null,
        lexiconScore: null,
        sentimentScoredBy: null,
        // The same finding (company, link, text) found again by a later run is stored once.
        dedupeKey: `finding:${createHash("sha256").update([result.companyId, finding.url, finding.text.trim()].join("\u0000")).digest("hex")}`,
      }));
      await insertIntelligence(sql, workspaceId, executionId, rows);
      return;
    }
    case "market-data":
      await sql(
        `INSERT INTO "MarketData" (id, "createdAt", "workspaceId", "companyId", metric, value, unit, "observedAt", source)
         SELECT gen_random_uuid(), ${NOW}, $1, $2, metric, value, unit, "observedAt", 'WORKFLOW'
         FROM unnest($3::text[], $4::float8[], $5::text[], $6::timestamp[]) AS p(metric, value, unit, "observedAt")`,
        [workspaceId, result.companyId, result.points.map((p) => p.metric), result.points.map((p) => p.value), result.points.map((p) => p.unit ?? null), result.points.map((p) => utc(p.observedAt))],
      );
      return;
    case "enrichment-facts": {
      const { industry, employeeCount, description, foundedYear } = result.facts;
      await sql(
        `UPDATE "Company" SET industry = coalesce($2, industry), "employeeCount" = coalesce($3, "employeeCount"), "sizeBand" = coalesce($4::"CompanySizeBand", "sizeBand"),
           description = coalesce($5, description), "foundedYear" = coalesce($6, "foundedYear"), "updatedAt" = ${NOW} WHERE id = $1`,
        [result.companyId, industry ?? null, employeeCount ?? null, employeeCount ? sizeBandOf(employeeCount) : null, description ?? null, foundedYear ?? null],
      );
      return;
    }
  }
}

/** A queued execution moves to running; a running or finished one stays as it is. */
async function markRunning(sql: Sql, executionId: string) {
  await sql(`UPDATE "WorkflowExecution" SET status = 'RUNNING', "startedAt" = coalesce("startedAt", ${NOW}), "updatedAt" = ${NOW} WHERE id = $1 AND status = 'QUEUED'`, [executionId]);
}

type IntelligenceRow = {
  kind: string;
  companyId: string;
  title: string;
  content: string;
  sourceName: string | null;
  sourceUrl: string | null;
  author: string | null;
  observedAt: Date;
  sentimentScore: number | null;
  lexiconScore: number | null;
  sentimentScoredBy: string | null;
  dedupeKey: string;
};

const utc = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");

async function insertIntelligence(sql: Sql, workspaceId: string, executionId: string, rows: IntelligenceRow[]) {
  const column = <K extends keyof IntelligenceRow>(key: K) => rows.map((row) => row[key]);
  await sql(
    `INSERT INTO "MarketIntelligence" (id, "createdAt", "workspaceId", "workflowExecutionId", kind, "companyId", title, content, "sourceName", "sourceUrl", author,
       "observedAt", "sentimentScore", "lexiconScore", "sentimentScoredBy", "dedupeKey")
     SELECT gen_random_uuid(), ${NOW}, $1, $2, kind::"IntelligenceKind", "companyId", title, content, "sourceName", "sourceUrl", author, "observedAt", "sentimentScore", "lexiconScore", "sentimentScoredBy", "dedupeKey"
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamp[], $11::float8[], $12::float8[], $13::text[], $14::text[])
       AS r(kind, "companyId", title, content, "sourceName", "sourceUrl", author, "observedAt", "sentimentScore", "lexiconScore", "sentimentScoredBy", "dedupeKey")
     ON CONFLICT ("workspaceId", "dedupeKey") DO NOTHING`,
    [
      workspaceId, executionId, column("kind"), column("companyId"), column("title"), column("content"), column("sourceName"), column("sourceUrl"), column("author"),
      rows.map((row) => utc(row.observedAt)), column("sentimentScore"), column("lexiconScore"), column("sentimentScoredBy"), column("dedupeKey"),
    ],
  );
}
