import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { PositioningChart } from "./PositioningChart";

const points = [
  { companyId: "us", name: "Northwind", isSubject: true, scores: { price: 5, marketPresence: 6, growth: 7 } },
  { companyId: "r1", name: "Rival One", isSubject: false, scores: { price: 8, marketPresence: 4, growth: 2 } },
  { companyId: "r2", name: "Rival Two", isSubject: false, scores: { price: 3 } },
];

describe("PositioningChart", () => {
  test("plots every scored company, the subject apart, and lists the unscored", () => {
    const { container } = render(<PositioningChart points={points} width={600} />);
    const plotted = within(screen.getByRole("list", { name: "Plotted companies" }));
    expect(plotted.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Northwind: Price competitiveness 5, Market presence 6",
      "Rival One: Price competitiveness 8, Market presence 4",
    ]);
    expect(screen.getByTestId("unscored").textContent).toContain("Rival Two");
    expect(screen.getByRole("img", { name: /Price competitiveness against Market presence, 2 companies plotted/ })).toBeTruthy();
    expect(container.querySelectorAll(".recharts-scatter-symbol").length).toBe(2);
  });

  test("changing an axis re-plots on that dimension", () => {
    render(<PositioningChart points={points} width={600} />);
    fireEvent.change(screen.getByLabelText("Vertical axis"), { target: { value: "growth" } });
    expect(screen.getByRole("list", { name: "Plotted companies" }).textContent).toContain("Rival One: Price competitiveness 8, Growth 2");
  });

  test("says so when there are no competitors", () => {
    render(<PositioningChart points={[points[0]]} width={600} />);
    expect(screen.getByText(/No competitors yet/)).toBeTruthy();
  });
});
