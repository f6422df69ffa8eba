import { beforeAll, describe, expect, it } from "vitest";
import { seedReportWorkspace, type ReportWorkspace } from "../fixtures/reportWorkspace";
import { readPdf } from "../support/readPdf";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { emailsTo } from "./support/mailCatcher";
import { waitFor } from "./support/polling";
import { requestReport, waitForReportToEnd } from "./support/reports";
import { testEnvironment } from "./support/testEnvironment";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

/** A report's PDF, its email, its share links and weekly schedules, over HTTP against the built server. */
async function download(path: string, sessionId?: string) {
  const response = await fetch(`${testEnvironment.serverUrl}${path}`, { headers: sessionId ? { authorization: `Bearer ${sessionId}` } : {} });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

type CaughtEmailWithAttachments = { id: string; subject: string; attachments?: { fileName: string; contentType: string; generatedFileName?: string }[] };

describe("report delivery", () => {
  const boss = useJobQueue();
  let alice: { email: string; sessionId: string };
  let bob: { email: string; sessionId: string };
  let workspaceId: string;
  let seeded: ReportWorkspace;
  let reportId: string;

  beforeAll(async () => {
    [alice, bob] = await Promise.all([signUpVerifiedUser("delivery-alice"), signUpVerifiedUser("delivery-bob")]);
    workspaceId = await workspaceIdOf(alice.email);
    await queryRows(`UPDATE "Workspace" SET credits = 20 WHERE id = $1`, [workspaceId]);
    seeded = await seedReportWorkspace(queryRows, workspaceId, "dlv");
    reportId = (await waitForReportToEnd(alice.sessionId, (await requestReport(alice.sessionId, seeded.subjectId)).body.id)).id;
  }, 60_000);

  describe("PDF", () => {
    it("downloads a completed report as a PDF with its text, citations as footnotes and sources", async () => {
      const response = await download(`/api/reports/${reportId}/pdf`, alice.sessionId);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="market-dlv-subject-\d{4}-\d{2}-\d{2}\.pdf"/);
      const pdf = await readPdf(response.body);
      expect(pdf.text).toContain("dlv Subject");
      expect(pdf.text).toContain("Executive summary");
      expect(pdf.text).toContain("Sources");
      expect(pdf.text).toContain("dlv Rival One: firmographics");
      expect(response.body.toString("latin1")).not.toContain("/Subtype /Image");
    });

    it("answers 401 signed out, 404 for another workspace's report, 400 for a malformed id, 409 before it has completed", async () => {
      expect((await download(`/api/reports/${reportId}/pdf`)).status).toBe(401);
      expect((await download(`/api/reports/${reportId}/pdf`, bob.sessionId)).status).toBe(404);
      expect((await download(`/api/reports/not-an-id/pdf`, alice.sessionId)).status).toBe(400);
      const [queued] = await queryRows<{ id: string }>(
        `INSERT INTO "MarketReport" (id, "workspaceId", "subjectCompanyId", "subjectName", kind, title, status, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'dlv Subject', 'COMPETITOR', 'still queued', 'QUEUED', now()) RETURNING id`,
        [workspaceId, seeded.subjectId],
      );
      expect((await download(`/api/reports/${queued.id}/pdf`, alice.sessionId)).status).toBe(409);
      await queryRows(`DELETE FROM "MarketReport" WHERE id = $1`, [queued.id]);
    });
  });

  describe("email", () => {
    it("emails the PDF as an attachment to the chosen members, once each however often the job is replayed", async () => {
      const recipients = await callOperation<{ userId: string; isYou: boolean }[]>("get-report-recipients", { reportId }, alice.sessionId);
      expect(recipients.status).toBe(200);
      const me = recipients.body.find((recipient) => recipient.isYou)!;
      const sent = await callOperation("email-report", { reportId, recipientUserIds: [me.userId] }, alice.sessionId);
      expect(sent).toEqual({ status: 200, body: { queued: 1 } });
      const mail = (await waitFor("the report email", async () => {
        const emails = (await emailsTo(alice.email)) as CaughtEmailWithAttachments[];
        return emails.find((email) => /Market report: dlv Subject/.test(email.subject));
      })) as CaughtEmailWithAttachments;
      expect(mail.attachments).toEqual([expect.objectContaining({ contentType: "application/pdf", fileName: expect.stringMatching(/^market-dlv-subject-.*\.pdf$/) })]);
      const attachment = await fetch(`${testEnvironment.mailCatcherUrl}/email/${mail.id}/attachment/${mail.attachments![0].generatedFileName ?? mail.attachments![0].fileName}`);
      expect((await readPdf(Buffer.from(await attachment.arrayBuffer()))).text).toContain("dlv Subject");

      // A replay of the delivery, and a second request, send nothing more.
      const replay = await runJob(boss, "emailMarketReport", { reportId, recipients: [alice.email] });
      expect(replay.output).toMatchObject({ sent: 0, alreadySent: 1 });
      await callOperation("email-report", { reportId, recipientUserIds: [me.userId] }, alice.sessionId);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const reportEmails = ((await emailsTo(alice.email)) as CaughtEmailWithAttachments[]).filter((email) => /Market report: dlv Subject/.test(email.subject));
      expect(reportEmails).toHaveLength(1);
      const [delivery] = await queryRows<{ status: string }>(`SELECT status FROM "ReportEmail" WHERE "reportId" = $1`, [reportId]);
      expect(delivery.status).toBe("SENT");
    });

    it("refuses recipients outside the workspace and reports of other workspaces", async () => {
      const [bobUser] = await queryRows<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [bob.email]);
      const outsider = await callOperation<{ data: { fieldErrors: Record<string, string[]> } }>("email-report", { reportId, recipientUserIds: [bobUser.id] }, alice.sessionId);
      expect(outsider.status).toBe(400);
      expect(outsider.body.data.fieldErrors.recipientUserIds[0]).toMatch(/members of this workspace/);
      expect((await callOperation("email-report", { reportId, recipientUserIds: [bobUser.id] }, bob.sessionId)).status).toBe(404);
      expect((await callOperation("get-report-recipients", { reportId }, bob.sessionId)).status).toBe(404);
      expect(await queryRows(`SELECT 1 FROM "ReportEmail" WHERE "recipientEmail" = $1`, [bob.email])).toHaveLength(0);
    });

    it("the delivery job refuses bad arguments", async () => {
      for (const data of [{}, { reportId, recipients: [] }, { reportId, recipients: ["not an email"] }]) {
        expect((await runJob(boss, "emailMarketReport", data)).state).toBe("failed");
      }
    });
  });

  describe("share links", () => {
    it("opens that one report for anyone holding the link, signed out, with its PDF; counts views", async () => {
      const created = await callOperation<{ id: string; url: string; state: string }>("create-report-share-link", { reportId, expiresInDays: 7 }, alice.sessionId);
      expect(created.status).toBe(200);
      expect(created.body.state).toBe("active");
      const token = new URL(created.body.url).pathname.split("/").pop()!;
      expect(created.body.url).toBe(`${process.env.HF_TEST_CLIENT_URL}/share/${token}`);
      const shared = await callOperation<{ document: { reportId: string; subject: { name: string }; sources: unknown[] } }>("get-shared-report", { token });
      expect(shared.status).toBe(200);
      expect(shared.body.document).toMatchObject({ reportId, subject: { name: "dlv Subject" } });
      const pdf = await download(`/api/shared-reports/${token}/pdf`);
      expect(pdf.status).toBe(200);
      expect((await readPdf(pdf.body)).text).toContain("dlv Subject");
      // Only the hash is stored.
      expect(await queryRows(`SELECT 1 FROM "ReportShareLink" WHERE "tokenHash" = $1`, [token])).toHaveLength(0);
      const [link] = await queryRows<{ viewCount: number }>(`SELECT "viewCount" FROM "ReportShareLink" WHERE id = $1`, [created.body.id]);
      expect(link.viewCount).toBe(2);
    });

    it("a revoked or expired link says which; an unknown one is a 404; a malformed one a 400", async () => {
      const created = await callOperation<{ id: string; url: string }>("create-report-share-link", { reportId }, alice.sessionId);
      const token = new URL(created.body.url).pathname.split("/").pop()!;
      expect((await callOperation("revoke-report-share-link", { linkId: created.body.id }, bob.sessionId)).status).toBe(404);
      expect((await callOperation("revoke-report-share-link", { linkId: created.body.id }, alice.sessionId)).status).toBe(200);
      const revoked = await callOperation<{ message: string }>("get-shared-report", { token });
      expect(revoked.status).toBe(410);
      expect(revoked.body.message).toMatch(/was revoked/);
      expect((await download(`/api/shared-reports/${token}/pdf`)).status).toBe(410);

      const another = await callOperation<{ id: string; url: string }>("create-report-share-link", { reportId }, alice.sessionId);
      await queryRows(`UPDATE "ReportShareLink" SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [another.body.id]);
      const expired = await callOperation<{ message: string }>("get-shared-report", { token: new URL(another.body.url).pathname.split("/").pop()! });
      expect(expired.status).toBe(410);
      expect(expired.body.message).toMatch(/has expired/);

      expect((await callOperation("get-shared-report", { token: "A".repeat(43) })).status).toBe(404);
      expect((await callOperation("get-shared-report", { token: "short" })).status).toBe(400);
    });

    it("another workspace cannot share, list or revoke this report's links", async () => {
      expect((await callOperation("create-report-share-link", { reportId }, bob.sessionId)).status).toBe(404);
      expect((await callOperation("get-report-share-links", { reportId }, bob.sessionId)).status).toBe(404);
      const links = await callOperation<{ state: string }[]>("get-report-share-links", { reportId }, alice.sessionId);
      expect(links.body.map((link) => link.state).sort()).toEqual(["active", "expired", "revoked"]);
    });
  });

  describe("weekly schedules", () => {
    it("queues a due weekly report, which completes and is emailed to the schedule's members", async () => {
      const [me] = await queryRows<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [alice.email]);
      const saved = await callOperation<{ id: string; nextRunAt: string }>("save-report-schedule", { companyId: seeded.competitorIds[0], kind: "MARKET", recipientUserIds: [me.id] }, alice.sessionId);
      expect(saved.status).toBe(200);
      expect(new Date(saved.body.nextRunAt).getUTCDay()).toBe(1);
      // Make it due, as on a Monday morning.
      await queryRows(`UPDATE "ReportSchedule" SET "nextRunAt" = now() - interval '1 minute' WHERE id = $1`, [saved.body.id]);
      const tick = await runJob(boss, "queueScheduledReports", {});
      expect(tick.output).toMatchObject({ queued: 1 });
      const [report] = await queryRows<{ id: string }>(`SELECT id FROM "MarketReport" WHERE "scheduleId" = $1`, [saved.body.id]);
      expect((await waitForReportToEnd(alice.sessionId, report.id)).status).toBe("COMPLETED");
      await waitFor("the scheduled report's email", async () => {
        const emails = await emailsTo(alice.email);
        return emails.find((email) => email.subject === "Market report: dlv Rival One");
      });
      // The next run is a week on; ticking again queues nothing more.
      const [schedule] = await queryRows<{ nextRunAt: Date }>(`SELECT "nextRunAt" FROM "ReportSchedule" WHERE id = $1`, [saved.body.id]);
      expect(schedule.nextRunAt.getTime()).toBeGreaterThan(Date.now());
      expect((await runJob(boss, "queueScheduledReports", {})).output).toMatchObject({ queued: 0 });
    });

    it("pauses a due schedule whose creator is suspended: nothing is queued, and it says why", async () => {
      const creator = await signUpVerifiedUser("dlv-suspended");
      const [user] = await queryRows<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [creator.email]);
      const workspaceId = await workspaceIdOf(creator.email);
      const companies = await insertCompanies(workspaceId, [{ name: "Paused Subject", domain: `paused-${user.id.slice(0, 8)}.example`, role: "OWN_COMPANY" }]);
      const [schedule] = await queryRows<{ id: string }>(
        `INSERT INTO "ReportSchedule" (id, "workspaceId", "subjectCompanyId", "createdById", kind, "recipientUserIds", "nextRunAt", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, 'MARKET', ARRAY[$3], now() - interval '1 minute', now()) RETURNING id`,
        [workspaceId, Object.values(companies)[0], user.id],
      );
      await queryRows(`UPDATE "User" SET "suspendedAt" = now() WHERE id = $1`, [user.id]);
      const tick = await runJob(boss, "queueScheduledReports", {});
      expect(tick.state).toBe("completed");
      const [after] = await queryRows<{ lastError: string | null }>(`SELECT "lastError" FROM "ReportSchedule" WHERE id = $1`, [schedule.id]);
      expect(after.lastError).toBe("Paused: the person who set it up is suspended.");
      expect(await queryRows(`SELECT id FROM "MarketReport" WHERE "scheduleId" = $1`, [schedule.id])).toEqual([]);
    });

    it("refuses recipients outside the workspace, other workspaces' companies, and deletes only its own", async () => {
      const [bobUser] = await queryRows<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [bob.email]);
      const outsider = await callOperation("save-report-schedule", { companyId: seeded.subjectId, kind: "MARKET", recipientUserIds: [bobUser.id] }, alice.sessionId);
      expect(outsider.status).toBe(400);
      expect((await callOperation("save-report-schedule", { companyId: seeded.subjectId, kind: "MARKET", recipientUserIds: [bobUser.id] }, bob.sessionId)).status).toBe(404);
      const [schedule] = await queryRows<{ id: string }>(`SELECT id FROM "ReportSchedule" WHERE "workspaceId" = $1`, [workspaceId]);
      expect((await callOperation("delete-report-schedule", { id: schedule.id }, bob.sessionId)).status).toBe(404);
      expect((await callOperation("delete-report-schedule", { id: schedule.id }, alice.sessionId)).status).toBe(200);
      expect(await queryRows(`SELECT 1 FROM "ReportSchedule" WHERE id = $1`, [schedule.id])).toHaveLength(0);
    });
  });
});
