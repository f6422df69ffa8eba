import type { GetAdminDashboard, RefreshAdminStats } from "wasp/server/operations";
import { refreshStatsOf } from "../../analytics/stats/statsJobs";
import { utcDayOf } from "../../analytics/stats/statsDays";
import { hotPathPool, pooledSql } from "../../server/db/sql";
import { logger } from "../../server/logging/logger";
import { parseInput, requireAdmin } from "../../server/operations/guards";
import { getAdminDashboardInput } from "./dashboardInputs";
import type { AdminDashboard } from "./dashboardSeries";
import { loadDashboard } from "./loadDashboard";

export const dashboardSql = pooledSql(hotPathPool((error) => logger.warn({ err: error }, "idle database connection failed (admin dashboard)")));

/** The admin dashboard over the last 7, 30 or 90 days, from the stats roll-ups. */
export const getAdminDashboard: GetAdminDashboard<{ days?: number }, AdminDashboard> = async (args, context) => {
  requireAdmin(context.user);
  const { days } = parseInput(getAdminDashboardInput, args);
  return loadDashboard(dashboardSql, utcDayOf(new Date()), days);
};

export type StatsRefresh = { refreshedDay: string; closedDays: string[] };

/** Runs the intraday roll-up now rather than at the next quarter hour. */
export const refreshAdminStats: RefreshAdminStats<void, StatsRefresh> = async (_args, context) => {
  const admin = requireAdmin(context.user);
  const result = await refreshStatsOf(utcDayOf(new Date()));
  logger.info({ source: "admin", adminId: admin.id, action: "refreshStats", refreshedDay: result.refreshedDay }, "admin refreshed the stats");
  return result;
};
