import type { Prisma, PrismaClient } from "@prisma/client";
import type { WorkflowKey } from "./workflowCatalogue";
import { submitWorkflowTrigger } from "./triggerWorkflowJob";

export type NewExecution = {
  workspaceId: string;
  workflow: WorkflowKey;
  triggeredById: string | null;
  companyId: string | null;
  input: Prisma.InputJsonObject;
  inputSummary: string | null;
  timeoutMinutes: number;
  /** The execution an admin's re-run repeats. */
  rerunOfId?: string;
};

type Executions = Pick<PrismaClient["workflowExecution"], "create">;

/** A QUEUED WorkflowExecution with its deadline; its trigger is queued by the caller (after its transaction, if any). */
export function createQueuedExecution(executions: Executions, execution: NewExecution): Promise<{ id: string }> {
  return executions.create({
    data: {
      workspaceId: execution.workspaceId,
      triggeredById: execution.triggeredById,
      companyId: execution.companyId,
      workflowKey: execution.workflow,
      status: "QUEUED",
      input: execution.input,
      inputSummary: execution.inputSummary,
      rerunOfId: execution.rerunOfId ?? null,
      timeoutAt: new Date(Date.now() + execution.timeoutMinutes * 60_000),
    },
    select: { id: true },
  });
}

/** A QUEUED WorkflowExecution with its deadline, and the job that triggers n8n for it. */
export async function queueWorkflowExecution(executions: Executions, execution: NewExecution): Promise<{ id: string }> {
  const created = await createQueuedExecution(executions, execution);
  await submitWorkflowTrigger(created.id);
  return created;
}
