import type { Sql } from "../../server/db/sql";
import { addDays } from "../../analytics/stats/statsDays";
import { dashboardQueries } from "./dashboardQueries";
import { dashboardOf, type AdminDashboard, type BusinessRow, type DataPresence, type SourceRow, type StatsRow } from "./dashboardSeries";

export async function loadDashboard(sql: Sql, today: string, days: number): Promise<AdminDashboard> {
  const range = [addDays(today, -(days - 1)), today];
  const [stats, business, sources, [presence]] = await Promise.all([
    sql<StatsRow>(dashboardQueries.stats, range),
    sql<BusinessRow>(dashboardQueries.business, range),
    sql<SourceRow>(dashboardQueries.sources, range),
    sql<DataPresence>(dashboardQueries.presence),
  ]);
  return dashboardOf({ today, days, stats, business, sources, presence });
}
