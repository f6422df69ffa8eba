import type { GetAdminLogs } from "wasp/server/operations";
import type { z } from "zod";
import { parseInput, requireAdmin } from "../../server/operations/guards";
import { adminLogsWhere } from "./adminLogsWhere";
import { getAdminLogsInput } from "./logInputs";

export type AdminLogRow = { id: string; createdAt: Date; level: "DEBUG" | "INFO" | "WARN" | "ERROR"; message: string; source: string | null; workspaceId: string | null; requestId: string | null; /** The context as indented JSON. */ context: string | null };
export type AdminLogsPage = { logs: AdminLogRow[]; totalCount: number; sources: string[]; page: number; pageSize: number };

/** The Log table, newest first, filtered on the server; with the sources there are to filter by. */
export const getAdminLogs: GetAdminLogs<z.input<typeof getAdminLogsInput>, AdminLogsPage> = async (args, context) => {
  requireAdmin(context.user);
  const query = parseInput(getAdminLogsInput, args);
  const where = adminLogsWhere(query);
  const [totalCount, logs, sources] = await Promise.all([
    context.entities.Log.count({ where }),
    context.entities.Log.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    context.entities.Log.findMany({ where: { source: { not: null } }, distinct: ["source"], select: { source: true }, orderBy: { source: "asc" } }),
  ]);
  return {
    totalCount,
    page: query.page,
    pageSize: query.pageSize,
    sources: sources.map((row) => row.source!).filter(Boolean),
    logs: logs.map((log) => ({ id: log.id, createdAt: log.createdAt, level: log.level, message: log.message, source: log.source, workspaceId: log.workspaceId, requestId: log.requestId, context: log.context === null ? null : JSON.stringify(log.context, null, 2) })),
  };
};
