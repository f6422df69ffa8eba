import { describe, expect, it } from "vitest";
import { companyChangesFor, dueForEnrichment, type Firmographics } from "./enrichmentSchedule";

const now = new Date("2026-11-23T12:00:00Z");
const firmographics: Firmographics = {
  name: "Acme Corporation",
  industry: "Software",
  employeeCount: 120,
  sizeBand: "MEDIUM",
  annualRevenue: 12_000_000,
  foundedYear: 2011,
  city: "Berlin",
  state: null,
  country: "Germany",
  description: "Makes anvils.",
  linkedinUrl: "https://linkedin.com/company/acme",
  technologies: ["React"],
  apolloOrganizationId: "org_1",
};

describe("dueForEnrichment", () => {
  it("takes pending companies, week-old lookups and failures older than an hour", () => {
    const where = dueForEnrichment("ws", now);
    expect(where.workspaceId).toBe("ws");
    expect(where.archivedAt).toBeNull();
    expect(where.OR).toEqual([
      { enrichmentStatus: "PENDING" },
      { enrichmentStatus: { in: ["ENRICHED", "NOT_FOUND"] }, enrichedAt: { lt: new Date("2026-11-16T12:00:00Z") } },
      { enrichmentStatus: "FAILED", updatedAt: { lt: new Date("2026-11-23T11:00:00Z") } },
    ]);
  });

  it("spans every workspace when none is named", () => {
    expect(dueForEnrichment(undefined, now)).not.toHaveProperty("workspaceId");
  });
});

describe("companyChangesFor", () => {
  it("stores firmographics with their source and time, and replaces a guessed name", () => {
    const changes = companyChangesFor({ kind: "found", firmographics }, { name: "Acme", domain: "acme.com" }, now);
    expect(changes).toMatchObject({
      name: "Acme Corporation",
      industry: "Software",
      enrichmentStatus: "ENRICHED",
      enrichmentSource: "apollo",
      enrichedAt: now,
      enrichmentError: null,
    });
  });

  it("keeps a name the user typed", () => {
    const changes = companyChangesFor({ kind: "found", firmographics }, { name: "ACME (EMEA)", domain: "acme.com" }, now);
    expect(changes).not.toHaveProperty("name");
  });

  it("marks an unknown company not found rather than failed", () => {
    expect(companyChangesFor({ kind: "not_found" }, { name: "X", domain: "x.com" }, now)).toMatchObject({
      enrichmentStatus: "NOT_FOUND",
      enrichedAt: now,
    });
  });

  it("records why a lookup failed without touching the firmographics", () => {
    const changes = companyChangesFor({ kind: "failed", reason: "Apollo timed out" }, { name: "X", domain: "x.com" }, now);
    expect(changes).toEqual({ enrichmentStatus: "FAILED", enrichmentError: "Apollo timed out" });
  });
});
