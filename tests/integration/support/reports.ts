import { queryRows } from "./database";
import { callOperation } from "./httpClient";
import { waitFor } from "./polling";

export interface ReportViewBody {
  id: string;
  status: string;
  progressPercent: number;
  errorMessage: string | null;
  creditsSpent: number;
  attempts: number;
  document: null | {
    sources: { number: number; kind: string; recordId: string; title: string; facts: string[]; appPath: string }[];
    computed: {
      comparison: { name: string; isSubject: boolean; sourceNumbers: number[]; scores: Record<string, number> }[];
      trends: { companyId: string; metric: string; latestValue: number; pointCount: number; changes: { days: number; absolute: number }[]; sourceNumber: number; chart: unknown[] }[];
      segment: { companyCount: number; byRole: Record<string, number> } | null;
      sentiment: { companies: { companyId: string; mentionCount: number; averageScore: number | null }[]; mostPositive: { text: string }[]; mostNegative: { text: string }[] };
      findings: { title: string; sourceNumber: number }[];
      changes: null | { previousReportId: string; competitorsAdded: unknown[]; competitorsRemoved: { name: string }[]; metricMoves: unknown[] };
    };
    narrative: { status: string; message?: string; sections?: { key: string; claims: { text: string; citations: number[]; unverifiedNumbers: string[] }[] }[] };
    grounding: { claimCount: number; citedClaimCount: number; unverifiedNumberCount: number };
    usage: { model: string | null; promptTokens: number; completionTokens: number; costUsd: number | null };
  };
}

export async function requestReport(sessionId: string, companyId: string, kind = "MARKET") {
  return callOperation<{ id: string; status: string; alreadyRunning: boolean }>("request-report", { companyId, kind }, sessionId);
}

/** Polls the report until it has ended (completed or failed). */
export async function waitForReportToEnd(sessionId: string, id: string, timeoutMs = 30_000): Promise<ReportViewBody> {
  return waitFor(
    `report ${id} to end`,
    async () => {
      const response = await callOperation<ReportViewBody>("get-report", { id }, sessionId);
      if (response.status !== 200) throw new Error(`get-report answered ${response.status}`);
      return ["COMPLETED", "FAILED"].includes(response.body.status) ? response.body : undefined;
    },
    { timeoutMs, intervalMs: 250 },
  );
}

/** The workspace's report credits, straight from the database. */
export async function creditsOf(workspaceId: string): Promise<number> {
  const [row] = await queryRows<{ credits: number }>(`SELECT credits FROM "Workspace" WHERE id = $1`, [workspaceId]);
  return row.credits;
}
