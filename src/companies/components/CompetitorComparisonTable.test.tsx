import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, test, vi } from "vitest";
import { CompetitorComparisonTable, type ComparisonCompany } from "./CompetitorComparisonTable";

const company = (id: string, name: string, extra: Partial<ComparisonCompany> = {}): ComparisonCompany => ({
  id,
  name,
  domain: `${id}.example.com`,
  industry: "Software",
  employeeCount: 1200,
  sizeBand: "ENTERPRISE",
  annualRevenue: 2_500_000,
  foundedYear: 2012,
  city: "Berlin",
  state: null,
  country: "Germany",
  enrichedAt: new Date("2026-11-20T12:00:00Z"),
  enrichmentStatus: "ENRICHED",
  ...extra,
});

describe("CompetitorComparisonTable", () => {
  test("shows subject and competitors with formatted firmographics and scores, and removes a competitor", () => {
    const onRemove = vi.fn();
    render(
      <MemoryRouter>
        <CompetitorComparisonTable
          subject={company("us", "Northwind", { scores: { price: 5 } } as Partial<ComparisonCompany>)}
          competitors={[{ ...company("r1", "Rival One", { annualRevenue: null }), linkId: "link-1", scores: { price: 8, growth: 3 }, note: "Cheaper" }]}
          onRemove={onRemove}
          now={new Date("2026-11-23T12:00:00Z")}
        />
      </MemoryRouter>,
    );
    const rows = screen.getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows[1].textContent).toContain("You");
    expect(rows[1].textContent).toContain("$2.5M");
    expect(rows[2].textContent).toContain("1,200");
    expect(rows[2].textContent).toContain("Cheaper");
    expect(rows[2].textContent).toContain("Updated 3 days ago");
    fireEvent.click(screen.getByRole("button", { name: "Remove Rival One" }));
    expect(onRemove).toHaveBeenCalledWith("link-1");
  });
});
