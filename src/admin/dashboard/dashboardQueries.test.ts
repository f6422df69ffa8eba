import { describe, expect, it } from "vitest";
import { dailyStatsFigures } from "../../analytics/stats/dailyStatsRow";
import { dashboardStatsColumns } from "./dashboardQueries";

describe("dashboardQueries", () => {
  it("read every DailyStats figure and its change", () => {
    expect(dashboardStatsColumns.slice(3).sort()).toEqual(dailyStatsFigures.flatMap((figure) => [figure, `${figure}Change`]).sort());
  });
});
