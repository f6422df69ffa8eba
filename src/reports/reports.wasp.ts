import { action, job, page, query, route, type Spec } from "@wasp.sh/spec";
import { ReportsPage } from "./ReportsPage" with { type: "ref" };
import { ReportPage } from "./ReportPage" with { type: "ref" };
import { deleteReport, getCompanyReports, getReport, getReports, requestReport } from "./operations" with { type: "ref" };
import { generateMarketReport } from "./job/generateMarketReportJob" with { type: "ref" };
import { recoverStalledReports } from "./job/recoverStalledReportsJob" with { type: "ref" };

const signedIn = { authRequired: true };
const reports = ["MarketReport", "Company", "CompetitorAnalysis", "WorkspaceMember"];

export const reportsSpec: Spec = [
  route("ReportsRoute", "/app/reports", page(ReportsPage, signedIn)),
  route("ReportRoute", "/app/reports/:reportId", page(ReportPage, signedIn)),

  action(requestReport, { entities: reports }),
  query(getReport, { entities: reports }),
  query(getReports, { entities: reports }),
  query(getCompanyReports, { entities: reports }),
  action(deleteReport, { entities: reports }),

  // One job per run of a report; the server adds workers for REPORT_JOB_CONCURRENCY runs at once.
  job(generateMarketReport, { executor: "PgBoss", entities: ["MarketReport", "Workspace"] }),
  // Every minute: a run that died is picked up again, a report out of time fails with the reason.
  job(recoverStalledReports, { executor: "PgBoss", entities: ["MarketReport"], schedule: { cron: "* * * * *" } }),
];
