import { action, api, apiNamespace, job, page, query, route, type Spec } from "@wasp.sh/spec";
import { ReportsPage } from "./ReportsPage" with { type: "ref" };
import { ReportPage } from "./ReportPage" with { type: "ref" };
import { SharedReportPage } from "./sharing/SharedReportPage" with { type: "ref" };
import { deleteReport, getCompanyReports, getReport, getReports, requestReport } from "./operations" with { type: "ref" };
import { createReportShareLink, getReportShareLinks, getSharedReport, revokeReportShareLink } from "./sharing/shareOperations" with { type: "ref" };
import { emailReport, getReportRecipients } from "./delivery/deliveryOperations" with { type: "ref" };
import { downloadReportPdf, downloadSharedReportPdf } from "./delivery/pdfApis" with { type: "ref" };
import { deleteReportSchedule, saveReportSchedule } from "./schedules/scheduleOperations" with { type: "ref" };
import { generateMarketReport } from "./job/generateMarketReportJob" with { type: "ref" };
import { recoverStalledReports } from "./job/recoverStalledReportsJob" with { type: "ref" };
import { emailMarketReport } from "./delivery/emailMarketReportJob" with { type: "ref" };
import { queueScheduledReports } from "./schedules/queueScheduledReportsJob" with { type: "ref" };
import { reportsApiMiddleware, sharedReportsApiMiddleware } from "../server/browserApiMiddleware" with { type: "ref" };

const signedIn = { authRequired: true };
const reports = ["MarketReport", "Company", "CompetitorAnalysis", "WorkspaceMember", "ReportSchedule"];
const sharing = ["MarketReport", "ReportShareLink", "WorkspaceMember"];
const delivery = ["MarketReport", "ReportEmail", "WorkspaceMember"];

export const reportsSpec: Spec = [
  route("ReportsRoute", "/app/reports", page(ReportsPage, signedIn)),
  route("ReportRoute", "/app/reports/:reportId", page(ReportPage, signedIn)),
  // Public: whoever holds a share link reads that one report.
  route("SharedReportRoute", "/share/:token", page(SharedReportPage)),

  action(requestReport, { entities: reports }),
  query(getReport, { entities: reports }),
  query(getReports, { entities: reports }),
  query(getCompanyReports, { entities: reports }),
  action(deleteReport, { entities: reports }),

  action(createReportShareLink, { entities: sharing }),
  query(getReportShareLinks, { entities: sharing }),
  action(revokeReportShareLink, { entities: sharing }),
  query(getSharedReport, { entities: sharing, auth: false }),

  query(getReportRecipients, { entities: delivery }),
  action(emailReport, { entities: delivery }),

  action(saveReportSchedule, { entities: reports }),
  action(deleteReportSchedule, { entities: reports }),

  apiNamespace("/api/reports", { middlewareConfigFn: reportsApiMiddleware }),
  api("GET", "/api/reports/:reportId/pdf", downloadReportPdf, { auth: true, entities: ["MarketReport", "WorkspaceMember"] }),
  apiNamespace("/api/shared-reports", { middlewareConfigFn: sharedReportsApiMiddleware }),
  api("GET", "/api/shared-reports/:token/pdf", downloadSharedReportPdf, { auth: false, entities: sharing }),

  // One job per run of a report; the server adds workers for REPORT_JOB_CONCURRENCY runs at once.
  job(generateMarketReport, { executor: "PgBoss", entities: ["MarketReport", "Workspace"] }),
  // Every minute: a run that died is picked up again, a report out of time fails with the reason.
  job(recoverStalledReports, { executor: "PgBoss", entities: ["MarketReport"], schedule: { cron: "* * * * *" } }),
  job(emailMarketReport, { executor: "PgBoss", entities: ["MarketReport", "ReportEmail"] }),
  // Hourly at :05: weekly reports that are due are queued (a missed hour is caught up on the next).
  job(queueScheduledReports, { executor: "PgBoss", entities: ["ReportSchedule", "MarketReport"], schedule: { cron: "5 * * * *" } }),
];
