import type { AccountFigures } from "./dayFigures";
import { changeFrom } from "./statsDays";

export const dailyStatsFigures = [
  "totalUsers",
  "newSignups",
  "payingWorkspaces",
  "churnedSubscriptions",
  "revenueMinor",
  "refundsMinor",
  "pageViews",
  "visitors",
] as const;
export type DailyStatsFigure = (typeof dailyStatsFigures)[number];
export type DailyStatsFigures = Record<DailyStatsFigure, number>;
export type DailyStatsChanges = Record<`${DailyStatsFigure}Change`, number | null>;

/** A day's DailyStats figures with each one's change from the day before (null without one). */
export function dailyStatsRowOf(
  account: AccountFigures,
  traffic: { pageViews: number; visitors: number },
  previous: DailyStatsFigures | null,
): DailyStatsFigures & DailyStatsChanges {
  const figures: DailyStatsFigures = { ...account, pageViews: traffic.pageViews, visitors: traffic.visitors };
  const changes = Object.fromEntries(
    dailyStatsFigures.map((figure) => [`${figure}Change`, changeFrom(figures[figure], previous?.[figure])]),
  ) as DailyStatsChanges;
  return { ...figures, ...changes };
}
