import type { Prisma } from "@prisma/client";
import { utcDayRange } from "../../analytics/stats/statsDays";
import type { AdminLogsQuery } from "./logInputs";

/** The log browser's filters: level, source, workspace, request id and days (UTC, both included). */
export function adminLogsWhere(query: AdminLogsQuery): Prisma.LogWhereInput {
  return {
    ...(query.level !== "any" ? { level: query.level } : {}),
    ...(query.source ? { source: query.source } : {}),
    ...(query.workspaceId ? { workspaceId: query.workspaceId } : {}),
    ...(query.requestId ? { requestId: query.requestId } : {}),
    ...(query.from || query.to ? { createdAt: utcDayRange(query.from, query.to) } : {}),
  };
}
