import { action, api, job, page, query, route, type Spec } from "@wasp.sh/spec";
import { getCompanyFindings, getCompanyWorkflowRuns, startCompanyWorkflow } from "./operations" with { type: "ref" };
import { receiveWorkflowCallback, workflowCallbackMiddleware } from "./callback/workflowCallbackApi" with { type: "ref" };
import { sweepTimedOutWorkflows } from "./callback/sweepTimedOutWorkflows" with { type: "ref" };
import { triggerWorkflowExecution } from "./trigger/triggerWorkflowJob" with { type: "ref" };
import { AdminWorkflowsPage } from "./admin/AdminWorkflowsPage" with { type: "ref" };
import { getAdminWorkflowRuns, rerunWorkflowExecution } from "./admin/operations" with { type: "ref" };
import { WorkflowSettingsPage } from "./settings/WorkflowSettingsPage" with { type: "ref" };
import { getWorkflowSettings, updateWorkflowSettings } from "./settings/operations" with { type: "ref" };

const runs = ["WorkflowExecution", "Company", "WorkspaceMember", "SystemConfig"];

export const workflowsSpec: Spec = [
  action(startCompanyWorkflow, { entities: runs }),
  query(getCompanyWorkflowRuns, { entities: runs }),
  // Research findings the company's workflows brought (reports cite them).
  query(getCompanyFindings, { entities: ["MarketIntelligence", "Company", "WorkspaceMember"] }),
  // n8n's results: verified on the raw body (HMAC over timestamp and body), applied once per (execution, step).
  api("POST", "/api/workflows/callback", receiveWorkflowCallback, { auth: false, entities: [], middlewareConfigFn: workflowCallbackMiddleware }),
  // Sends one execution's trigger to n8n; retried with backoff while n8n is down.
  job(triggerWorkflowExecution, { executor: "PgBoss", entities: ["WorkflowExecution"] }),
  // Every minute: executions past their deadline without a final callback end as timed out.
  job(sweepTimedOutWorkflows, { executor: "PgBoss", entities: [], schedule: { cron: "* * * * *" } }),
  // The admins' ledger of every workspace's executions, and the settings (n8n URL, paths, timeouts, switches).
  route("AdminWorkflowsRoute", "/admin/workflows", page(AdminWorkflowsPage, { authRequired: true })),
  query(getAdminWorkflowRuns, { entities: ["WorkflowExecution"] }),
  action(rerunWorkflowExecution, { entities: ["WorkflowExecution", "SystemConfig", "Log"] }),
  route("AdminWorkflowSettingsRoute", "/admin/workflows/settings", page(WorkflowSettingsPage, { authRequired: true })),
  query(getWorkflowSettings, { entities: ["SystemConfig"] }),
  action(updateWorkflowSettings, { entities: ["SystemConfig", "Log"] }),
];
