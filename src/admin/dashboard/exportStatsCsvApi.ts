import { stringify } from "csv-stringify/sync";
import { HttpError } from "wasp/server";
import type { ExportAdminStatsCsv } from "wasp/server/api";
import { utcDayOf } from "../../analytics/stats/statsDays";
import { fieldErrorsOf } from "../../server/operations/fieldErrors";
import { requireAdmin } from "../../server/operations/guards";
import { exportStatsCsvInput } from "./dashboardInputs";
import { chartTable } from "./dashboardSeries";
import { loadDashboard } from "./loadDashboard";
import { dashboardSql } from "./operations";

/** GET /api/admin/stats.csv?chart=users|revenue|page-views|business&days=7|30|90: one chart's data, as the chart shows it. */
export const exportAdminStatsCsv: ExportAdminStatsCsv = async (req, res, context) => {
  requireAdmin(context.user);
  const parsed = exportStatsCsvInput.safeParse(req.query);
  if (!parsed.success) throw new HttpError(400, "Pick a chart and a range of 7, 30 or 90 days.", { fieldErrors: fieldErrorsOf(parsed.error) });
  const today = utcDayOf(new Date());
  const table = chartTable(await loadDashboard(dashboardSql, today, parsed.data.days), parsed.data.chart);
  res.status(200);
  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="hyperformant-${parsed.data.chart}-${parsed.data.days}d-${today}.csv"`);
  res.send(stringify(table.rows, { header: true, columns: table.columns }));
};
