import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { creditsOf, requestReport, waitForReportToEnd } from "./support/reports";
import { seedReportWorkspace, type ReportWorkspace } from "../fixtures/reportWorkspace";
import { workspaceIdOf } from "./support/workspaces";

describe("market reports", () => {
  const boss = useJobQueue();
  let alice: { email: string; sessionId: string };
  let bob: { email: string; sessionId: string };
  let aliceWorkspaceId: string;
  let seeded: ReportWorkspace;

  beforeAll(async () => {
    [alice, bob] = await Promise.all([signUpVerifiedUser("reports-alice"), signUpVerifiedUser("reports-bob")]);
    aliceWorkspaceId = await workspaceIdOf(alice.email);
    await queryRows(`UPDATE "Workspace" SET credits = 20 WHERE id = $1`, [aliceWorkspaceId]);
    seeded = await seedReportWorkspace(queryRows, aliceWorkspaceId, "rpt");
  });

  it("completes a market report from the workspace's data and spends exactly one credit", async () => {
    const before = await creditsOf(aliceWorkspaceId);
    const asked = await requestReport(alice.sessionId, seeded.subjectId);
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ status: "QUEUED", alreadyRunning: false });
    const report = await waitForReportToEnd(alice.sessionId, asked.body.id);
    expect(report).toMatchObject({ status: "COMPLETED", progressPercent: 100, creditsSpent: 1, errorMessage: null, attempts: 1 });
    expect(await creditsOf(aliceWorkspaceId)).toBe(before - 1);

    const document = report.document!;
    expect(document.sources.map((source) => source.number)).toEqual(document.sources.map((_, index) => index + 1));
    expect(document.computed.comparison.map((row) => row.name)).toEqual(["rpt Subject", "rpt Rival One", "rpt Rival Two"]);
    expect(document.computed.comparison[0].scores).toEqual({ price: 6, productBreadth: 7, marketPresence: 5, growth: 8 });
    // Every citation of the computed sections points at a source that exists.
    const numbers = new Set(document.sources.map((source) => source.number));
    for (const row of document.computed.comparison) for (const number of row.sourceNumbers) expect(numbers.has(number)).toBe(true);
    expect(document.computed.segment).toMatchObject({ companyCount: 3, byRole: { OWN_COMPANY: 1, COMPETITOR: 2, PROSPECT: 0, WATCH: 0 } });
    expect(document.computed.findings.map((finding) => finding.title)).toEqual(["Series B"]);
    expect(document.computed.sentiment.mostNegative.map((mention) => mention.text)).toEqual(["Support was slow to answer", "Too expensive for what it does"]);
  });

  it("computes the trends exactly as SQL over the raw points says", async () => {
    const asked = await requestReport(alice.sessionId, seeded.subjectId, "COMPETITOR");
    const report = await waitForReportToEnd(alice.sessionId, asked.body.id);
    expect(report.status).toBe("COMPLETED");
    const trend = report.document!.computed.trends.find((candidate) => candidate.companyId === seeded.subjectId)!;
    const [expected] = await queryRows<{ latest: number; points: number; weeks: number; back30: number; back365: number }>(
      `SELECT (SELECT value FROM "MarketData" WHERE "companyId" = $1 ORDER BY "observedAt" DESC LIMIT 1) AS latest,
              (SELECT count(*)::int FROM "MarketData" WHERE "companyId" = $1) AS points,
              (SELECT count(DISTINCT date_trunc('week', "observedAt"))::int FROM "MarketData" WHERE "companyId" = $1) AS weeks,
              (SELECT value FROM "MarketData" WHERE "companyId" = $1 AND "observedAt" <= (SELECT max("observedAt") FROM "MarketData" WHERE "companyId" = $1) - interval '30 days' ORDER BY "observedAt" DESC LIMIT 1) AS back30,
              (SELECT value FROM "MarketData" WHERE "companyId" = $1 AND "observedAt" <= (SELECT max("observedAt") FROM "MarketData" WHERE "companyId" = $1) - interval '365 days' ORDER BY "observedAt" DESC LIMIT 1) AS back365`,
      [seeded.subjectId],
    );
    expect(trend).toMatchObject({ latestValue: expected.latest, pointCount: expected.points });
    expect(trend.changes.find((change) => change.days === 30)!.absolute).toBe(expected.latest - expected.back30);
    expect(trend.changes.find((change) => change.days === 365)!.absolute).toBe(expected.latest - expected.back365);
    // A year of daily points is charted as weekly averages (at most about 150 points a series).
    expect(trend.chart).toHaveLength(expected.weeks);
    const source = report.document!.sources.find((candidate) => candidate.number === trend.sourceNumber)!;
    expect(source.facts).toContain(`Latest: ${expected.latest.toLocaleString("en-US")} visits on ${new Date().toISOString().slice(0, 10)}`);
    const [sentiment] = await queryRows<{ count: number; average: number }>(
      `SELECT count(*)::int AS count, avg("sentimentScore")::float8 AS average FROM "MarketIntelligence" WHERE "companyId" = $1 AND kind = 'SENTIMENT'`,
      [seeded.subjectId],
    );
    const subjectSentiment = report.document!.computed.sentiment.companies.find((company) => company.companyId === seeded.subjectId)!;
    expect(subjectSentiment.mentionCount).toBe(sentiment.count);
    expect(subjectSentiment.averageScore).toBeCloseTo(sentiment.average, 10);
  });

  it("says what changed since the previous report on the same subject and kind", async () => {
    const first = await waitForReportToEnd(alice.sessionId, (await requestReport(alice.sessionId, seeded.subjectId)).body.id);
    await queryRows(`DELETE FROM "CompetitorAnalysis" WHERE "competitorCompanyId" = $1`, [seeded.competitorIds[1]]);
    const second = await waitForReportToEnd(alice.sessionId, (await requestReport(alice.sessionId, seeded.subjectId)).body.id);
    expect(second.document!.computed.changes).toMatchObject({ previousReportId: first.id, competitorsAdded: [], competitorsRemoved: [{ name: "rpt Rival Two" }] });
    await queryRows(
      `INSERT INTO "CompetitorAnalysis" (id, "workspaceId", "subjectCompanyId", "competitorCompanyId", status, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, 'ACCEPTED', now())`,
      [aliceWorkspaceId, seeded.subjectId, seeded.competitorIds[1]],
    );
  });

  it("asked again while one runs, returns the running report and queues nothing more", async () => {
    const [one, two] = await Promise.all([requestReport(alice.sessionId, seeded.competitorIds[0]), requestReport(alice.sessionId, seeded.competitorIds[0])]);
    expect(one.body.id).toBe(two.body.id);
    expect([one.body.alreadyRunning, two.body.alreadyRunning].sort()).toEqual([false, true]);
    await waitForReportToEnd(alice.sessionId, one.body.id);
    const rows = await queryRows(`SELECT 1 FROM "MarketReport" WHERE "subjectCompanyId" = $1`, [seeded.competitorIds[0]]);
    expect(rows).toHaveLength(1);
  });

  it("answers 402 before any work when the workspace has no credits left, and creates nothing", async () => {
    const carol = await signUpVerifiedUser("reports-carol");
    const workspaceId = await workspaceIdOf(carol.email);
    const carolSeed = await seedReportWorkspace(queryRows, workspaceId, "broke");
    await queryRows(`UPDATE "Workspace" SET credits = 0 WHERE id = $1`, [workspaceId]);
    const response = await requestReport(carol.sessionId, carolSeed.subjectId);
    expect(response.status).toBe(402);
    expect((response.body as unknown as { message: string }).message).toMatch(/no report credits left/i);
    expect(await queryRows(`SELECT 1 FROM "MarketReport" WHERE "workspaceId" = $1`, [workspaceId])).toHaveLength(0);
  });

  it("reserves a credit per report in progress: one credit, two subjects, the second is refused", async () => {
    const dave = await signUpVerifiedUser("reports-dave");
    const workspaceId = await workspaceIdOf(dave.email);
    const daveSeed = await seedReportWorkspace(queryRows, workspaceId, "onecredit");
    await queryRows(`UPDATE "Workspace" SET credits = 1 WHERE id = $1`, [workspaceId]);
    const [first, second] = await Promise.all([requestReport(dave.sessionId, daveSeed.subjectId), requestReport(dave.sessionId, daveSeed.competitorIds[0])]);
    expect([first.status, second.status].sort()).toEqual([200, 402]);
    const accepted = first.status === 200 ? first : second;
    expect((await waitForReportToEnd(dave.sessionId, accepted.body.id)).status).toBe("COMPLETED");
    expect(await creditsOf(workspaceId)).toBe(0);
  });

  it("refuses a kind the company cannot have yet, saying what to do", async () => {
    const brief = await requestReport(alice.sessionId, seeded.subjectId, "ACCOUNT_BRIEF");
    expect(brief.status).toBe(400);
    expect((brief.body as unknown as { data: { fieldErrors: Record<string, string[]> } }).data.fieldErrors.kind[0]).toMatch(/mark rpt Subject as a prospect/);
    const competitorReport = await requestReport(alice.sessionId, seeded.prospectId, "COMPETITOR");
    expect(competitorReport.status).toBe(400);
    expect((competitorReport.body as unknown as { message: string }).message).toMatch(/no linked competitors/);
    const accountBrief = await waitForReportToEnd(alice.sessionId, (await requestReport(alice.sessionId, seeded.prospectId, "ACCOUNT_BRIEF")).body.id);
    expect(accountBrief.status).toBe("COMPLETED");
  });

  it("lists the workspace's reports with filters, and deletes one", async () => {
    const all = await callOperation<{ reports: { id: string; kind: string; status: string }[]; totalCount: number }>("get-reports", {}, alice.sessionId);
    expect(all.status).toBe(200);
    expect(all.body.totalCount).toBeGreaterThanOrEqual(4);
    const competitorReports = await callOperation<{ reports: { kind: string }[] }>("get-reports", { kind: "COMPETITOR" }, alice.sessionId);
    expect(competitorReports.body.reports.every((report) => report.kind === "COMPETITOR")).toBe(true);
    const forCompany = await callOperation<{ reports: { id: string }[]; credits: number }>("get-company-reports", { companyId: seeded.prospectId }, alice.sessionId);
    expect(forCompany.body.reports).toHaveLength(1);
    expect(forCompany.body.credits).toBe(await creditsOf(aliceWorkspaceId));

    const victim = forCompany.body.reports[0].id;
    expect((await callOperation("delete-report", { id: victim }, alice.sessionId)).status).toBe(200);
    expect((await callOperation("get-report", { id: victim }, alice.sessionId)).status).toBe(404);
  });

  it("lets a member delete the reports they asked for, and only owners and admins those of others", async () => {
    const [colleague] = await queryRows<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [bob.email]);
    const bobsWorkspace = await workspaceIdOf(bob.email);
    // Bob joins Alice's workspace as a plain member (invitations come with the teams issue).
    await queryRows(`INSERT INTO "WorkspaceMember" (id, "workspaceId", "userId", role) VALUES (gen_random_uuid(), $1, $2, 'MEMBER')`, [aliceWorkspaceId, colleague.id]);
    try {
      // Bob's current workspace is his personal one; Alice's is his only one for this test.
      await queryRows(`DELETE FROM "WorkspaceMember" WHERE "workspaceId" = $1`, [bobsWorkspace]);
      const [alicesReport] = await queryRows<{ id: string }>(`SELECT id FROM "MarketReport" WHERE "workspaceId" = $1 AND status = 'COMPLETED' LIMIT 1`, [aliceWorkspaceId]);
      const refused = await callOperation<{ message: string }>("delete-report", { id: alicesReport.id }, bob.sessionId);
      expect(refused.status).toBe(403);
      expect(await queryRows(`SELECT 1 FROM "MarketReport" WHERE id = $1`, [alicesReport.id])).toHaveLength(1);
      const bobsOwn = await requestReport(bob.sessionId, seeded.prospectId, "ACCOUNT_BRIEF");
      expect(bobsOwn.status).toBe(200);
      await waitForReportToEnd(bob.sessionId, bobsOwn.body.id);
      expect((await callOperation("delete-report", { id: bobsOwn.body.id }, bob.sessionId)).status).toBe(200);
    } finally {
      await queryRows(`DELETE FROM "WorkspaceMember" WHERE "workspaceId" = $1 AND "userId" = $2`, [aliceWorkspaceId, colleague.id]);
      await queryRows(
        `INSERT INTO "WorkspaceMember" (id, "workspaceId", "userId", role) VALUES (gen_random_uuid(), $1, $2, 'OWNER') ON CONFLICT ("workspaceId", "userId") DO NOTHING`,
        [bobsWorkspace, colleague.id],
      );
    }
  });

  it("hides a workspace's reports from other workspaces: 404 for real ids, nothing changed", async () => {
    const [report] = await queryRows<{ id: string }>(`SELECT id FROM "MarketReport" WHERE "workspaceId" = $1 LIMIT 1`, [aliceWorkspaceId]);
    expect((await callOperation("get-report", { id: report.id }, bob.sessionId)).status).toBe(404);
    expect((await callOperation("delete-report", { id: report.id }, bob.sessionId)).status).toBe(404);
    expect((await requestReport(bob.sessionId, seeded.subjectId)).status).toBe(404);
    expect((await callOperation("get-company-reports", { companyId: seeded.subjectId }, bob.sessionId)).status).toBe(404);
    const bobsList = await callOperation<{ totalCount: number }>("get-reports", {}, bob.sessionId);
    expect(bobsList.body.totalCount).toBe(0);
    expect(await queryRows(`SELECT 1 FROM "MarketReport" WHERE id = $1`, [report.id])).toHaveLength(1);
    expect(await queryRows(`SELECT 1 FROM "MarketReport" WHERE "workspaceId" = $1`, [await workspaceIdOf(bob.email)])).toHaveLength(0);
  });

  describe("the report jobs on the real queue", () => {
    it.each([[{ reportId: "not-a-uuid" }], [{}], [{ reportId: "00000000-0000-4000-8000-000000000001", extra: true }]])(
      "generateMarketReport fails on bad arguments %j and writes nothing",
      async (data) => {
        const before = await queryRows(`SELECT id, status, "updatedAt" FROM "MarketReport" ORDER BY id`);
        const job = await runJob(boss, "generateMarketReport", data);
        expect(job.state).toBe("failed");
        expect(await queryRows(`SELECT id, status, "updatedAt" FROM "MarketReport" ORDER BY id`)).toEqual(before);
      },
    );

    it("a replayed run of a completed report changes nothing and spends nothing", async () => {
      const report = await waitForReportToEnd(alice.sessionId, (await requestReport(alice.sessionId, seeded.competitorIds[1])).body.id);
      const snapshot = async () => [await creditsOf(aliceWorkspaceId), await queryRows(`SELECT * FROM "MarketReport" WHERE id = $1`, [report.id])];
      const before = await snapshot();
      const replay = await runJob(boss, "generateMarketReport", { reportId: report.id });
      expect(replay.state).toBe("completed");
      expect(replay.output).toMatchObject({ outcome: "skipped" });
      expect(await snapshot()).toEqual(before);
    });

    it("a run whose process died mid-way is picked up again by the recovery job and finishes once", async () => {
      const before = await creditsOf(aliceWorkspaceId);
      // What a killed process leaves behind: a report in ANALYSING, its lease expired, one attempt made.
      const [stalled] = await queryRows<{ id: string }>(
        `INSERT INTO "MarketReport" (id, "workspaceId", "subjectCompanyId", "subjectName", kind, title, status, "progressPercent", "activeKey",
                                     attempts, "leaseHolder", "leaseExpiresAt", "startedAt", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'rpt Subject', 'ACCOUNT_BRIEF', 'Account brief: crashed', 'ANALYSING', 50, $3,
                 1, 'a-run-that-died', now() - interval '1 minute', now() - interval '90 seconds', now())
         RETURNING id`,
        [aliceWorkspaceId, seeded.prospectId, `${seeded.prospectId}:ACCOUNT_BRIEF`],
      );
      const recovery = await runJob(boss, "recoverStalledReports", {});
      expect(recovery.state).toBe("completed");
      const report = await waitForReportToEnd(alice.sessionId, stalled.id);
      expect(report).toMatchObject({ status: "COMPLETED", attempts: 2, creditsSpent: 1 });
      expect(await creditsOf(aliceWorkspaceId)).toBe(before - 1);
      // Another recovery pass finds nothing to do.
      await runJob(boss, "recoverStalledReports", {});
      expect((await waitForReportToEnd(alice.sessionId, stalled.id)).attempts).toBe(2);
    });

    it("fails a report that ran out of time or of attempts, with the reason, spending nothing", async () => {
      const before = await creditsOf(aliceWorkspaceId);
      const rows = await queryRows<{ id: string; title: string }>(
        `INSERT INTO "MarketReport" (id, "workspaceId", "subjectCompanyId", "subjectName", kind, title, status, attempts, "leaseHolder", "leaseExpiresAt", "startedAt", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'rpt Subject', 'MARKET', 'out of time', 'ANALYSING', 1, 'dead', now() - interval '1 minute', now() - interval '1 hour', now()),
                (gen_random_uuid(), $1, $2, 'rpt Subject', 'MARKET', 'out of attempts', 'GATHERING', 3, 'dead', now() - interval '1 minute', now() - interval '2 minutes', now())
         RETURNING id, title`,
        [aliceWorkspaceId, seeded.subjectId],
      );
      await runJob(boss, "recoverStalledReports", {});
      for (const row of rows) {
        const report = await waitForReportToEnd(alice.sessionId, row.id);
        expect(report.status).toBe("FAILED");
        expect(report.creditsSpent).toBe(0);
        expect(report.errorMessage).toMatch(row.title === "out of time" ? /took longer than 5 minutes/ : /interrupted 3 times/);
      }
      expect(await creditsOf(aliceWorkspaceId)).toBe(before);
    });
  });
});
