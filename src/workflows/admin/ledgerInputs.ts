import { z } from "zod";
import { DAYS_IN_ORDER_MESSAGE, daysInOrder, statsDay } from "../../analytics/stats/statsDays";
import { workflowKeys } from "../trigger/workflowCatalogue";

export const workflowStatuses = ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT"] as const;

export const getAdminWorkflowRunsInput = z
  .object({
    status: z.enum(["any", ...workflowStatuses]).default("any"),
    workflow: z.enum(["any", ...workflowKeys] as [string, ...string[]]).default("any"),
    workspaceId: z.string().uuid().optional(),
    from: statsDay.optional(),
    to: statsDay.optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(10).max(200).default(50),
  })
  .strict()
  .refine((input) => daysInOrder(input.from, input.to), { message: DAYS_IN_ORDER_MESSAGE, path: ["to"] });
export type AdminWorkflowRunsQuery = z.infer<typeof getAdminWorkflowRunsInput>;

export const rerunWorkflowExecutionInput = z.object({ executionId: z.string().uuid() }).strict();
