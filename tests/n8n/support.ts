import { queryRows } from "../integration/support/database";
import { waitFor } from "../integration/support/polling";

/** Where scripts/test.sh started the real n8n and the stand-ins of its workflows' sources. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the n8n suite through scripts/test.sh (HF_TEST_SUITES=n8n).`);
  return value;
}
export const n8n = {
  get url() {
    return required("HF_TEST_REAL_N8N_URL");
  },
  get secret() {
    return required("N8N_WEBHOOK_SECRET");
  },
  get sourcesUrl() {
    return required("HF_TEST_WORKFLOW_SOURCES_URL");
  },
};

export type Execution = { id: string; status: string; errorMessage: string | null; startedAt: Date | null; finishedAt: Date | null };

/** Waits until the execution has left QUEUED and RUNNING (n8n's last callback arrived, or it failed). */
export function executionEnded(executionId: string, timeoutMs = 45_000) {
  return waitFor(`execution ${executionId} to end`, async () => {
    const [row] = await queryRows<Execution>(`SELECT id, status::text AS status, "errorMessage", "startedAt", "finishedAt" FROM "WorkflowExecution" WHERE id = $1`, [executionId]);
    return row && !["QUEUED", "RUNNING"].includes(row.status) ? row : undefined;
  }, { timeoutMs });
}

/** The callbacks the app applied for an execution, in the order it applied them. */
export async function appliedSteps(executionId: string) {
  return (await queryRows<{ stepId: string }>(`SELECT "stepId" FROM "WorkflowCallback" WHERE "executionId" = $1 ORDER BY "receivedAt", "stepId"`, [executionId])).map((row) => row.stepId);
}
