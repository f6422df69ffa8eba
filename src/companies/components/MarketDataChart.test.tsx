import { render, screen } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { MarketDataChart } from "./MarketDataChart";

describe("MarketDataChart", () => {
  test("draws the metric as a line with its latest value and change", () => {
    const { container } = render(
      <MarketDataChart
        metric="Website visits"
        unit="visits"
        width={500}
        points={[
          { observedAt: "2026-06-01", value: 1100, source: "CSV" },
          { observedAt: "2026-01-01", value: 1000, source: "MANUAL" },
        ]}
      />,
    );
    expect(screen.getByTestId("metric-trend").textContent).toBe("Latest 1,100 visits · +10.0% since Jan 2026");
    expect(container.querySelector("path.recharts-line-curve")).toBeTruthy();
    expect(screen.getByRole("img", { name: "Website visits over time, 2 points" })).toBeTruthy();
  });

  test("has an empty state", () => {
    render(<MarketDataChart metric="Headcount" unit={null} points={[]} width={500} />);
    expect(screen.getByText("No data for Headcount yet.")).toBeTruthy();
  });
});
