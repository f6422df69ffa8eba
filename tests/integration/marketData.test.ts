import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, sendRaw, signUpVerifiedUser } from "./support/httpClient";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

interface Series {
  metric: string;
  unit: string | null;
  points: { value: number; observedAt: Date; source: string }[];
}
type ErrorBody = { data?: { fieldErrors?: Record<string, string[]> } };

describe("market data", () => {
  let alice: { email: string; sessionId: string };
  let bob: { email: string; sessionId: string };
  let companyId: string;

  beforeAll(async () => {
    [alice, bob] = await Promise.all([signUpVerifiedUser("market-alice"), signUpVerifiedUser("market-bob")]);
    ({ "metrics.example.com": companyId } = await insertCompanies(await workspaceIdOf(alice.email), [{ name: "Metrics", domain: "metrics.example.com" }]));
  });

  const series = () => callOperation<Series[]>("get-company-market-data", { companyId }, alice.sessionId);

  it("adds points by hand and charts them per metric in date order", async () => {
    for (const [value, observedAt] of [[120, "2026-03-01"], [100, "2026-01-01"]] as const) {
      const response = await callOperation("add-market-data-point", { companyId, metric: "Headcount", value, unit: "employees", observedAt }, alice.sessionId);
      expect(response.status).toBe(200);
    }
    const [headcount] = (await series()).body;
    expect(headcount).toMatchObject({ metric: "Headcount", unit: "employees" });
    expect(headcount.points.map((point) => point.value)).toEqual([100, 120]);
    expect(headcount.points[0].source).toBe("MANUAL");
  });

  it("imports points by CSV, keeping good rows and reporting bad ones", async () => {
    const csv = ["metric,value,unit,observed_at", "Website visits,1200,visits,2026-01-31", "Website visits,abc,visits,2026-02-28", "Website visits,1500,visits,2026-02-28", "Website visits,9,visits,2999-01-01"].join("\n");
    const response = await sendRaw("POST", `/api/companies/${companyId}/market-data/import`, csv, "text/csv", alice.sessionId);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ imported: 2, errorCount: 2 });
    expect((response.body as { rowErrors: { line: number }[] }).rowErrors.map((error) => error.line)).toEqual([3, 5]);
    const visits = (await series()).body.find((item) => item.metric === "Website visits")!;
    expect(visits.points.map((point) => [point.value, point.source])).toEqual([[1200, "CSV"], [1500, "CSV"]]);
  });

  it("refuses a CSV without the needed columns, writing nothing", async () => {
    const before = await queryRows(`SELECT 1 FROM "MarketData" WHERE "companyId" = $1`, [companyId]);
    const response = await sendRaw("POST", `/api/companies/${companyId}/market-data/import`, "when,how much\n2026-01-01,3\n", "text/csv", alice.sessionId);
    expect(response.status).toBe(400);
    expect(await queryRows(`SELECT 1 FROM "MarketData" WHERE "companyId" = $1`, [companyId])).toHaveLength(before.length);
  });

  it.each([
    [{ value: Number.NaN }, "value"],
    [{ value: "12" }, "value"],
    [{ metric: "" }, "metric"],
    [{ observedAt: "2999-01-01" }, "observedAt"],
    [{ observedAt: "yesterday-ish" }, "observedAt"],
  ])("answers 400 for a bad point %j, naming %s", async (change, field) => {
    const response = await callOperation(
      "add-market-data-point",
      { companyId, metric: "Headcount", value: 1, observedAt: "2026-01-01", ...change },
      alice.sessionId,
    );
    expect(response.status).toBe(400);
    expect(Object.keys((response.body as ErrorBody).data?.fieldErrors ?? {})).toContain(field);
  });

  it("keeps a company's market data to its workspace (404) and refuses signed-out uploads (401)", async () => {
    expect((await callOperation("get-company-market-data", { companyId }, bob.sessionId)).status).toBe(404);
    expect((await callOperation("add-market-data-point", { companyId, metric: "X", value: 1, observedAt: "2026-01-01" }, bob.sessionId)).status).toBe(404);
    const [point] = await queryRows<{ id: string }>(`SELECT id FROM "MarketData" WHERE "companyId" = $1 LIMIT 1`, [companyId]);
    expect((await callOperation("delete-market-data-point", { id: point.id }, bob.sessionId)).status).toBe(404);
    expect((await sendRaw("POST", `/api/companies/${companyId}/market-data/import`, "metric,value,observed_at\nX,1,2026-01-01\n", "text/csv", bob.sessionId)).status).toBe(404);
    expect((await sendRaw("POST", `/api/companies/${companyId}/market-data/import`, "metric,value,observed_at\nX,1,2026-01-01\n", "text/csv")).status).toBe(401);
    expect((await callOperation("delete-market-data-point", { id: point.id }, alice.sessionId)).status).toBe(200);
  });
});
