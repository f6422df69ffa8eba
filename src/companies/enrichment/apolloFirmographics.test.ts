import { describe, expect, it } from "vitest";
import { readableIndustry, sizeBandOf, toFirmographics } from "./apolloFirmographics";

describe("toFirmographics", () => {
  it("maps Apollo's organization to the company's fields", () => {
    expect(
      toFirmographics({
        id: "org_1",
        name: " Acme Inc. ",
        estimated_num_employees: 120,
        industry: "information technology & services",
        annual_revenue: 12_000_000,
        founded_year: 2011,
        short_description: "x".repeat(3000),
        city: "Berlin",
        state: null,
        country: "Germany",
        linkedin_url: "http://www.linkedin.com/company/acme",
        technology_names: ["React", "React", " AWS "],
      }),
    ).toEqual({
      name: "Acme Inc.",
      industry: "Information Technology & Services",
      employeeCount: 120,
      sizeBand: "MEDIUM",
      annualRevenue: 12_000_000,
      foundedYear: 2011,
      city: "Berlin",
      state: null,
      country: "Germany",
      description: "x".repeat(2000),
      linkedinUrl: "http://www.linkedin.com/company/acme",
      technologies: ["React", "AWS"],
      apolloOrganizationId: "org_1",
    });
  });

  it("leaves what Apollo does not know empty", () => {
    expect(toFirmographics({ id: "org_2" })).toMatchObject({ name: null, employeeCount: null, sizeBand: null, technologies: [] });
  });
});

describe("sizeBandOf", () => {
  it.each([
    [null, null],
    [0, null],
    [10, "MICRO"],
    [11, "SMALL"],
    [200, "MEDIUM"],
    [1000, "LARGE"],
    [1001, "ENTERPRISE"],
  ])("%j employees -> %j", (employees, band) => {
    expect(sizeBandOf(employees)).toBe(band);
  });
});

describe("readableIndustry", () => {
  it("capitalises Apollo's lower-case industries", () => {
    expect(readableIndustry("hospital & health care")).toBe("Hospital & Health Care");
    expect(readableIndustry("  ")).toBeNull();
  });
});
