import { z } from "zod";

export const dashboardRanges = [7, 30, 90] as const;
export type DashboardRange = (typeof dashboardRanges)[number];

const rangeDays = z.coerce
  .number()
  .refine((days): days is DashboardRange => (dashboardRanges as readonly number[]).includes(days), "Pick 7, 30 or 90 days.");

export const getAdminDashboardInput = z.object({ days: rangeDays.default(30) }).strict();

export const dashboardCharts = ["users", "revenue", "page-views", "business"] as const;
export type DashboardChart = (typeof dashboardCharts)[number];

export const exportStatsCsvInput = z.object({ chart: z.enum(dashboardCharts), days: rangeDays.default(30) }).strict();
