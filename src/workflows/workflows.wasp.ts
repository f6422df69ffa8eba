import { action, api, job, query, type Spec } from "@wasp.sh/spec";
import { getCompanyWorkflowRuns, startCompanyWorkflow } from "./operations" with { type: "ref" };
import { receiveWorkflowCallback, workflowCallbackMiddleware } from "./callback/workflowCallbackApi" with { type: "ref" };
import { sweepTimedOutWorkflows } from "./callback/sweepTimedOutWorkflows" with { type: "ref" };
import { triggerWorkflowExecution } from "./trigger/triggerWorkflowJob" with { type: "ref" };

const runs = ["WorkflowExecution", "Company", "WorkspaceMember"];

export const workflowsSpec: Spec = [
  action(startCompanyWorkflow, { entities: runs }),
  query(getCompanyWorkflowRuns, { entities: runs }),
  // n8n's results: verified on the raw body (HMAC over timestamp and body), applied once per (execution, step).
  api("POST", "/api/workflows/callback", receiveWorkflowCallback, { auth: false, entities: [], middlewareConfigFn: workflowCallbackMiddleware }),
  // Sends one execution's trigger to n8n; retried with backoff while n8n is down.
  job(triggerWorkflowExecution, { executor: "PgBoss", entities: ["WorkflowExecution"] }),
  // Every minute: executions past their deadline without a final callback end as timed out.
  job(sweepTimedOutWorkflows, { executor: "PgBoss", entities: [], schedule: { cron: "* * * * *" } }),
];
