import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedReportWorkspace } from "../fixtures/reportWorkspace";
import { createJobTestbed, type JobTestbed } from "./jobTestbed";
import { required, waitFor } from "./support";

/**
 * Report runs against servers of their own on a database of their own, so
 * which server takes a job is certain: a process killed mid-report (a second
 * server picks the report up and finishes it once), a report that runs out of
 * time, and a server with no LLM configured.
 */
const standInOrigin = new URL(required("HF_TEST_OPENAI_URL")).origin;

describe("report runs across server processes", () => {
  let testbed: JobTestbed;
  let workspaceId: string;
  const query = <Row extends Record<string, unknown>>(text: string, params: unknown[] = []) => testbed.query<Row>(text, params);

  beforeAll(async () => {
    testbed = await createJobTestbed("reports");
    [{ id: workspaceId }] = await query<{ id: string }>(`INSERT INTO "Workspace" (id, name, credits, "updatedAt") VALUES (gen_random_uuid(), 'Ops', 10, now()) RETURNING id`);
  }, 120_000);

  afterAll(async () => {
    await testbed?.close();
  });

  const launch = (env: Record<string, string | undefined>) => testbed.launch({ REPORT_LEASE_SECONDS: "3", ...env });

  /** A report on a fresh subject, queued the way request-report queues it. */
  async function queueReport(label: string): Promise<string> {
    const { subjectId } = await seedReportWorkspace(query, workspaceId, label);
    const [report] = await query<{ id: string }>(
      `INSERT INTO "MarketReport" (id, "workspaceId", "subjectCompanyId", "subjectName", kind, title, "activeKey", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, 'MARKET', $3, $4, now()) RETURNING id`,
      [workspaceId, subjectId, `${label} Subject`, `${subjectId}:MARKET`],
    );
    await testbed.boss.send("generateMarketReport", { reportId: report.id }, { singletonKey: `report-${report.id}-run-1`, retryLimit: 0 });
    return report.id;
  }

  const reportRow = async (id: string) =>
    (await query<{ status: string; attempts: number; errorMessage: string | null; creditsSpent: number; sections: { narrative: { status: string } } | null }>(
      `SELECT status, attempts, "errorMessage", "creditsSpent", sections FROM "MarketReport" WHERE id = $1`,
      [id],
    ))[0];
  const credits = async () => (await query<{ credits: number }>(`SELECT credits FROM "Workspace" WHERE id = $1`, [workspaceId]))[0].credits;
  const waitForStatus = (id: string, statuses: string[], timeoutMs = 60_000) =>
    waitFor(async () => {
      const row = await reportRow(id);
      return statuses.includes(row.status) ? row : undefined;
    }, timeoutMs, `report ${id} to be ${statuses.join(" or ")}`);

  it("a server killed while a report is analysing: another server picks it up and finishes it once, spending one credit", async () => {
    const before = await credits();
    const doomed = await launch({ OPENAI_BASE_URL: `${standInOrigin}/scenario/hang/v1`, OPENAI_TIMEOUT_MS: "120000" });
    const reportId = await queueReport("killed");
    await waitForStatus(reportId, ["ANALYSING"]);
    await doomed.kill();
    expect((await reportRow(reportId)).status).toBe("ANALYSING");
    // Past the dead run's 3 s lease, a new server's start-up recovery hands the report to a new run.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    await launch({ OPENAI_BASE_URL: `${standInOrigin}/v1` });
    const finished = await waitForStatus(reportId, ["COMPLETED", "FAILED"]);
    expect(finished).toMatchObject({ status: "COMPLETED", attempts: 2, creditsSpent: 1, errorMessage: null });
    expect(finished.sections?.narrative.status).toBe("written");
    expect(await credits()).toBe(before - 1);
  });

  it("a report that runs past REPORT_TIMEOUT_SECONDS fails with the reason instead of staying analysing", async () => {
    await testbed.stopServers();
    const before = await credits();
    await launch({ OPENAI_BASE_URL: `${standInOrigin}/scenario/hang/v1`, OPENAI_TIMEOUT_MS: "120000", REPORT_TIMEOUT_SECONDS: "4" });
    const reportId = await queueReport("slowpoke");
    const failed = await waitForStatus(reportId, ["COMPLETED", "FAILED"], 30_000);
    expect(failed.status).toBe("FAILED");
    expect(failed.errorMessage).toMatch(/took longer than 4 seconds and was stopped while analysing/);
    expect(await credits()).toBe(before);
  });

  it("with no LLM configured, a report still completes with every computed section, its narrative saying how to turn AI writing on", async () => {
    await testbed.stopServers();
    await launch({ OPENAI_API_KEY: "", OPENAI_BASE_URL: "" });
    const reportId = await queueReport("nollm");
    const done = await waitForStatus(reportId, ["COMPLETED", "FAILED"]);
    expect(done.status).toBe("COMPLETED");
    const [{ sections }] = await query<{ sections: { narrative: { status: string; message: string }; computed: { comparison: unknown[]; trends: unknown[] } } }>(
      `SELECT sections FROM "MarketReport" WHERE id = $1`,
      [reportId],
    );
    expect(sections.narrative.status).toBe("not_configured");
    expect(sections.narrative.message).toMatch(/set OPENAI_API_KEY/);
    expect(sections.computed.comparison).toHaveLength(3);
    expect(sections.computed.trends.length).toBeGreaterThan(0);
  });
});
