import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

interface CompanyRow {
  id: string;
  name: string;
  domain: string;
  role: string;
  tags: string[];
  archivedAt: Date | null;
}
interface CompanyPage {
  companies: CompanyRow[];
  totalCount: number;
  page: number;
  pageSize: number;
}
type ErrorBody = { message: string; data?: { fieldErrors?: Record<string, string[]> } };

describe("tracked companies", () => {
  let alice: { email: string; sessionId: string };
  let bob: { email: string; sessionId: string };

  beforeAll(async () => {
    [alice, bob] = await Promise.all([signUpVerifiedUser("companies-alice"), signUpVerifiedUser("companies-bob")]);
  });

  it("adds a company by a messy URL, stored under its normalised domain", async () => {
    const response = await callOperation<CompanyRow>(
      "create-company",
      { domain: "HTTPS://www.Bücher-Haus.DE:8080/about?x=1", role: "COMPETITOR", tags: ["EMEA", " emea "] },
      alice.sessionId,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ domain: "xn--bcher-haus-9db.de", role: "COMPETITOR", tags: ["emea"] });
    expect(response.body.name).toBe("Bücher Haus");
  });

  it("refuses the same domain twice in a workspace with a 409 naming the field", async () => {
    await callOperation("create-company", { domain: "twice.example.com" }, alice.sessionId);
    const again = await callOperation("create-company", { domain: "https://twice.example.com/" }, alice.sessionId);
    expect(again.status).toBe(409);
    expect((again.body as ErrorBody).data?.fieldErrors?.domain?.[0]).toMatch(/already tracked/);
    const rows = await queryRows(`SELECT 1 FROM "Company" WHERE domain = 'twice.example.com'`);
    expect(rows).toHaveLength(1);
  });

  it("lets another workspace track the same domain", async () => {
    const response = await callOperation("create-company", { domain: "twice.example.com" }, bob.sessionId);
    expect(response.status).toBe(200);
  });

  it.each([
    ["not a domain", /space/],
    ["localhost", /top-level domain/],
    ["192.168.1.1", /IP address/],
    ["someone@acme.com", /email/],
    ["", /Enter a domain/],
  ])("answers 400 explaining why %j is not a domain, writing nothing", async (domain, reason) => {
    const before = await queryRows<{ count: string }>(`SELECT count(*) FROM "Company"`);
    const response = await callOperation("create-company", { domain }, alice.sessionId);
    expect(response.status).toBe(400);
    expect((response.body as ErrorBody).data?.fieldErrors?.domain?.[0]).toMatch(reason);
    const after = await queryRows<{ count: string }>(`SELECT count(*) FROM "Company"`);
    expect(after[0].count).toBe(before[0].count);
  });

  describe("the list", () => {
    let carol: { email: string; sessionId: string };
    let ids: Record<string, string>;

    beforeAll(async () => {
      carol = await signUpVerifiedUser("companies-carol");
      const workspaceId = await workspaceIdOf(carol.email);
      const generated = Array.from({ length: 120 }, (_, index) => ({
        name: `Prospect ${String(index).padStart(3, "0")}`,
        domain: `prospect-${index}.example.com`,
        role: "PROSPECT",
        industry: index % 2 === 0 ? "Software" : "Retail",
        sizeBand: index % 3 === 0 ? "LARGE" : "SMALL",
        employeeCount: index * 10,
        tags: index % 5 === 0 ? ["target-q3"] : [],
      }));
      ids = await insertCompanies(workspaceId, [
        ...generated,
        { name: "Zenith Rival", domain: "zenith-rival.example.com", role: "COMPETITOR", industry: "Software", enrichmentStatus: "NOT_FOUND" },
      ]);
    });

    const list = (args: object) => callOperation<CompanyPage>("get-companies", args, carol.sessionId);

    it("pages through the workspace's companies with a total count", async () => {
      const first = await list({ pageSize: 50 });
      const third = await list({ pageSize: 50, page: 3 });
      expect(first.body.totalCount).toBe(121);
      expect(first.body.companies).toHaveLength(50);
      expect(third.body.companies).toHaveLength(21);
      const seen = new Set([...first.body.companies, ...third.body.companies].map((company) => company.id));
      expect(seen.size).toBe(71);
    });

    it("searches names and domains, whatever the case", async () => {
      const byName = await list({ search: "zenith" });
      const byDomain = await list({ search: "PROSPECT-11.example" });
      expect(byName.body.companies.map((c) => c.name)).toEqual(["Zenith Rival"]);
      expect(byDomain.body.companies.map((c) => c.domain)).toEqual(["prospect-11.example.com"]);
    });

    it("filters by role, industry, size band, tag and enrichment status together", async () => {
      const response = await list({ role: "PROSPECT", industry: "software", sizeBand: "LARGE", tag: "TARGET-Q3", pageSize: 100 });
      // index even, divisible by 3 and by 5: multiples of 30 below 120.
      expect(response.body.companies.map((c) => c.domain).sort()).toEqual(
        ["prospect-0", "prospect-30", "prospect-60", "prospect-90"].map((d) => `${d}.example.com`).sort(),
      );
      const notFound = await list({ enrichmentStatus: "NOT_FOUND" });
      expect(notFound.body.totalCount).toBe(1);
    });

    it("sorts, with employee counts descending and unknown ones last", async () => {
      const response = await list({ sortBy: "employeeCount", sortDirection: "desc", pageSize: 3 });
      expect(response.body.companies.map((c) => c.domain)).toEqual([
        "prospect-119.example.com",
        "prospect-118.example.com",
        "prospect-117.example.com",
      ]);
      const last = await list({ sortBy: "employeeCount", sortDirection: "desc", pageSize: 1, page: 121 });
      expect(last.body.companies[0].domain).toBe("zenith-rival.example.com");
    });

    it("hides archived companies unless asked", async () => {
      const archived = await callOperation("archive-company", { id: ids["prospect-1.example.com"], archived: true }, carol.sessionId);
      expect(archived.status).toBe(200);
      expect((await list({})).body.totalCount).toBe(120);
      expect((await list({ includeArchived: true })).body.totalCount).toBe(121);
      await callOperation("archive-company", { id: ids["prospect-1.example.com"], archived: false }, carol.sessionId);
    });

    it("answers 400 for a page size over 100 or an unknown sort", async () => {
      for (const args of [{ pageSize: 500 }, { sortBy: "password" }, { role: "BOSS" }]) {
        const response = await list(args);
        expect(response.status).toBe(400);
      }
    });

    it("shows nobody else's companies", async () => {
      const bobsList = await callOperation<CompanyPage>("get-companies", { search: "prospect" }, bob.sessionId);
      expect(bobsList.body.totalCount).toBe(0);
    });

    it("edits name, role and tags, and deletes", async () => {
      const id = ids["prospect-2.example.com"];
      const updated = await callOperation<CompanyRow>("update-company", { id, name: "Renamed", role: "WATCH", tags: ["A", "b"] }, carol.sessionId);
      expect(updated.body).toMatchObject({ name: "Renamed", role: "WATCH", tags: ["a", "b"] });
      const profile = await callOperation<CompanyRow>("get-company", { id }, carol.sessionId);
      expect(profile.body).toMatchObject({ name: "Renamed", competitorCount: 0, marketDataPointCount: 0 });
      const deleted = await callOperation("delete-company", { id }, carol.sessionId);
      expect(deleted).toEqual({ status: 200, body: { deleted: true } });
      expect(await queryRows(`SELECT 1 FROM "Company" WHERE id = $1`, [id])).toHaveLength(0);
    });

    it.each(["get-company", "update-company", "archive-company", "delete-company"])(
      "%s answers 404 for another workspace's company and changes nothing",
      async (operation) => {
        const id = ids["prospect-3.example.com"];
        const args =
          operation === "update-company" ? { id, name: "Hijacked" } : operation === "archive-company" ? { id, archived: true } : { id };
        const response = await callOperation(operation, args, bob.sessionId);
        expect(response.status).toBe(404);
        const [row] = await queryRows<{ name: string; archivedAt: Date | null }>(`SELECT name, "archivedAt" FROM "Company" WHERE id = $1`, [id]);
        expect(row).toEqual({ name: "Prospect 003", archivedAt: null });
      },
    );

    it("answers 400 for an update that changes nothing or a malformed id", async () => {
      expect((await callOperation("update-company", { id: ids["prospect-4.example.com"] }, carol.sessionId)).status).toBe(400);
      expect((await callOperation("get-company", { id: "not-a-uuid" }, carol.sessionId)).status).toBe(400);
    });
  });
});
