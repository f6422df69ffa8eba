import { z } from "zod";
import { DAYS_IN_ORDER_MESSAGE, daysInOrder, statsDay } from "../../analytics/stats/statsDays";

export const logLevels = ["DEBUG", "INFO", "WARN", "ERROR"] as const;

export const getAdminLogsInput = z
  .object({
    level: z.enum(["any", ...logLevels]).default("any"),
    source: z.string().trim().min(1).max(50).optional(),
    workspaceId: z.string().uuid().optional(),
    requestId: z.string().trim().min(1).max(100).optional(),
    from: statsDay.optional(),
    to: statsDay.optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(10).max(200).default(50),
  })
  .strict()
  .refine((input) => daysInOrder(input.from, input.to), { message: DAYS_IN_ORDER_MESSAGE, path: ["to"] });
export type AdminLogsQuery = z.infer<typeof getAdminLogsInput>;
