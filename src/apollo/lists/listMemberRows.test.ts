import { describe, expect, it } from "vitest";
import { accountRow, companyDomainOfEmail, contactRow, uniqueById } from "./listMemberRows";

describe("stored Apollo members", () => {
  it("takes a contact's company from a work email, never from a mail provider's", () => {
    expect(companyDomainOfEmail("Ada.Lovelace@WWW.Northwind-Logistics.com")).toBe("northwind-logistics.com");
    expect(companyDomainOfEmail("someone@gmail.com")).toBe(null);
    expect(companyDomainOfEmail("someone@outlook.com")).toBe(null);
    expect(companyDomainOfEmail(null)).toBe(null);
    expect(companyDomainOfEmail("not-an-email")).toBe(null);
    expect(companyDomainOfEmail("x@localhost")).toBe(null);
  });

  it("keeps a contact without an email, with no company domain", () => {
    const row = contactRow({ id: "c1", first_name: "Grace", last_name: "Hopper", email: null, email_status: "unavailable", updated_at: "2026-11-30T10:00:00Z" });
    expect(row).toMatchObject({ apolloId: "c1", name: "Grace Hopper", email: null, companyDomain: null });
    expect(row.apolloUpdatedAt?.toISOString()).toBe("2026-11-30T10:00:00.000Z");
    expect(contactRow({ id: "c2", updated_at: "yesterday" }).apolloUpdatedAt).toBe(null);
  });

  it("normalises an account's domain", () => {
    expect(accountRow({ id: "a1", name: "Harbor", domain: "https://www.Harbor-Analytics.io/" }).companyDomain).toBe("harbor-analytics.io");
    expect(accountRow({ id: "a2", domain: "" }).companyDomain).toBe(null);
  });

  it("keeps the first copy of a member listed twice", () => {
    expect(uniqueById([{ apolloId: "a", n: 1 }, { apolloId: "b", n: 2 }, { apolloId: "a", n: 3 }])).toEqual([{ apolloId: "a", n: 1 }, { apolloId: "b", n: 2 }]);
  });
});
