import { describe, expect, it } from "vitest";
import { getAdminUsersInput } from "./adminUserInputs";
import { adminUsersOrder, adminUsersWhere, planAndStatusOf } from "./adminUsersWhere";

const query = (input: object) => getAdminUsersInput.parse(input);

describe("adminUsersWhere", () => {
  it("is everyone without filters", () => {
    expect(adminUsersWhere(query({}))).toEqual({});
  });

  it("searches email and name, whatever the case", () => {
    expect(adminUsersWhere(query({ search: "  Ada " }))).toEqual({
      AND: [{ OR: [{ email: { contains: "Ada", mode: "insensitive" } }, { displayName: { contains: "Ada", mode: "insensitive" } }] }],
    });
  });

  it("filters admins, suspension, plan, status and signup days (both included)", () => {
    const where = adminUsersWhere(query({ admin: "admins", state: "suspended", plan: "PRO", subscriptionStatus: "PAST_DUE", signedUpFrom: "2026-11-01", signedUpTo: "2026-11-30" }));
    expect(where.AND).toEqual([
      { isAdmin: true },
      { suspendedAt: { not: null } },
      { memberships: { some: { workspace: { subscriptions: { some: { status: { in: ["ACTIVE", "TRIALING", "PAST_DUE"] }, plan: "PRO" } } } } } },
      { memberships: { some: { workspace: { subscriptions: { some: { status: "PAST_DUE" } } } } } },
      { createdAt: { gte: new Date("2026-11-01T00:00:00Z"), lt: new Date("2026-12-01T00:00:00Z") } },
    ]);
  });

  it("counts Free as no workspace on a paid plan", () => {
    expect(adminUsersWhere(query({ plan: "FREE", state: "active", admin: "non-admins" })).AND).toEqual([
      { isAdmin: false },
      { suspendedAt: null },
      { memberships: { none: { workspace: { subscriptions: { some: { status: { in: ["ACTIVE", "TRIALING", "PAST_DUE"] } } } } } } },
    ]);
  });

  it("refuses bad filters", () => {
    expect(getAdminUsersInput.safeParse({ signedUpFrom: "2026-12-02", signedUpTo: "2026-12-01" }).success).toBe(false);
    expect(getAdminUsersInput.safeParse({ sort: "password" }).success).toBe(false);
    expect(getAdminUsersInput.safeParse({ pageSize: 1000 }).success).toBe(false);
    expect(getAdminUsersInput.safeParse({ plan: "GOLD" }).success).toBe(false);
  });

  it("sorts by the column, then the id", () => {
    expect(adminUsersOrder(query({ sort: "email", direction: "asc" }))).toEqual([{ email: "asc" }, { id: "asc" }]);
  });
});

describe("planAndStatusOf", () => {
  const at = (day: string) => new Date(`${day}T00:00:00Z`);
  it("takes the best live plan and the newest status", () => {
    expect(planAndStatusOf([])).toEqual({ plan: "FREE", subscriptionStatus: null });
    expect(planAndStatusOf([{ plan: "PRO", status: "ACTIVE", createdAt: at("2026-01-01") }, { plan: "TEAM", status: "CANCELED", createdAt: at("2026-02-01") }])).toEqual({ plan: "PRO", subscriptionStatus: "CANCELED" });
    expect(planAndStatusOf([{ plan: "PRO", status: "PAST_DUE", createdAt: at("2026-01-01") }, { plan: "TEAM", status: "ACTIVE", createdAt: at("2025-01-01") }])).toEqual({ plan: "TEAM", subscriptionStatus: "PAST_DUE" });
  });
});
