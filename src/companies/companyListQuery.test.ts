import { describe, expect, it } from "vitest";
import { companyListQuery } from "./companyListQuery";
import { createCompanyInput, listCompaniesInput, nameFromDomain, updateCompanyInput } from "./companySchemas";

describe("company list query", () => {
  it("defaults to active companies by name, 50 a page", () => {
    expect(companyListQuery("w1", listCompaniesInput.parse({}))).toEqual({
      where: { workspaceId: "w1", archivedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: 0,
      take: 50,
    });
  });

  it("combines search, filters, sort and page", () => {
    const query = companyListQuery(
      "w1",
      listCompaniesInput.parse({
        page: 3,
        pageSize: 20,
        search: "Acme",
        role: "COMPETITOR",
        tag: " Priority ",
        sizeBand: "LARGE",
        includeArchived: true,
        sortBy: "employeeCount",
        sortDirection: "desc",
      }),
    );
    expect(query.skip).toBe(40);
    expect(query.take).toBe(20);
    expect(query.where).toEqual({
      workspaceId: "w1",
      role: "COMPETITOR",
      sizeBand: "LARGE",
      tags: { has: "priority" },
      OR: [{ name: { contains: "Acme", mode: "insensitive" } }, { domain: { contains: "acme" } }],
    });
    expect(query.orderBy[0]).toEqual({ employeeCount: { sort: "desc", nulls: "last" } });
  });

  it("refuses page sizes over 100 and unknown fields", () => {
    expect(listCompaniesInput.safeParse({ pageSize: 500 }).success).toBe(false);
    expect(listCompaniesInput.safeParse({ sortBy: "password" }).success).toBe(false);
    expect(listCompaniesInput.safeParse({ workspaceId: "other" }).success).toBe(false);
  });
});

describe("company input", () => {
  it("normalises the domain and tags and defaults the role", () => {
    expect(createCompanyInput.parse({ domain: "https://www.Acme.com/", tags: ["B2B", "b2b ", "SaaS"] })).toEqual({
      domain: "acme.com",
      role: "WATCH",
      tags: ["b2b", "saas"],
    });
  });

  it("says what is wrong with a bad domain", () => {
    const result = createCompanyInput.safeParse({ domain: "not a domain" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["domain"], message: "A domain cannot contain spaces." });
  });

  it("needs something to change", () => {
    expect(updateCompanyInput.safeParse({ id: "5b0f1b8e-4a43-4d4a-9b1b-0a0a0a0a0a0a" }).success).toBe(false);
  });

  it("derives a readable name from a domain", () => {
    expect(nameFromDomain("acme-labs.co.uk")).toBe("Acme Labs");
    expect(nameFromDomain("stripe.com")).toBe("Stripe");
  });
});

describe("nameFromDomain with internationalised names", () => {
  it("shows the Unicode name, not the punycode", () => {
    expect(nameFromDomain("xn--bcher-haus-9db.de")).toBe("Bücher Haus");
  });
});
