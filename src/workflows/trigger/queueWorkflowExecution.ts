import type { Prisma, PrismaClient } from "@prisma/client";
import type { WorkflowKey } from "./workflowCatalogue";
import { submitWorkflowTrigger } from "./triggerWorkflowJob";

export type NewExecution = {
  workspaceId: string;
  workflow: WorkflowKey;
  triggeredById: string | null;
  companyId: string | null;
  input: Prisma.InputJsonObject;
  inputSummary: string;
  timeoutMinutes: number;
};

/** A QUEUED WorkflowExecution with its deadline, and the job that triggers n8n for it. */
export async function queueWorkflowExecution(executions: Pick<PrismaClient["workflowExecution"], "create">, execution: NewExecution): Promise<{ id: string }> {
  const created = await executions.create({
    data: {
      workspaceId: execution.workspaceId,
      triggeredById: execution.triggeredById,
      companyId: execution.companyId,
      workflowKey: execution.workflow,
      status: "QUEUED",
      input: execution.input,
      inputSummary: execution.inputSummary,
      timeoutAt: new Date(Date.now() + execution.timeoutMinutes * 60_000),
    },
    select: { id: true },
  });
  await submitWorkflowTrigger(created.id);
  return created;
}
