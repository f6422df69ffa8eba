import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { callOperation, signUpVerifiedUser } from "./support/httpClient";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

interface Entry {
  linkId: string;
  company: { id: string; name: string };
  scores: Record<string, number>;
  note: string | null;
}
interface CompetitorMap {
  subject: { id: string; scores: Record<string, number> };
  competitors: Entry[];
  suggestions: Entry[];
}
type ErrorBody = { data?: { fieldErrors?: Record<string, string[]> } };

describe("competitor map", () => {
  let alice: { email: string; sessionId: string };
  let bob: { email: string; sessionId: string };
  let ids: Record<string, string>;
  let bobsCompanyId: string;

  beforeAll(async () => {
    [alice, bob] = await Promise.all([signUpVerifiedUser("competitors-alice"), signUpVerifiedUser("competitors-bob")]);
    ids = await insertCompanies(await workspaceIdOf(alice.email), [
      { name: "Us", domain: "us.example.com", role: "OWN_COMPANY", industry: "Software", sizeBand: "MEDIUM", employeeCount: 120 },
      { name: "Rival", domain: "rival.example.com", role: "COMPETITOR", industry: "Software", sizeBand: "MEDIUM", employeeCount: 90 },
      { name: "Peer", domain: "peer.example.com", industry: "software", sizeBand: "MEDIUM", employeeCount: 130 },
      { name: "Other Peer", domain: "other-peer.example.com", industry: "Software", sizeBand: "MEDIUM", employeeCount: 60 },
      { name: "Big Fish", domain: "big.example.com", industry: "Software", sizeBand: "ENTERPRISE", employeeCount: 5000 },
      { name: "Shop", domain: "shop.example.com", industry: "Retail", sizeBand: "MEDIUM", employeeCount: 100 },
    ]);
    bobsCompanyId = Object.values(await insertCompanies(await workspaceIdOf(bob.email), [{ name: "Bob Co", domain: "bob.example.com" }]))[0];
  });

  const map = (sessionId = alice.sessionId) =>
    callOperation<CompetitorMap>("get-competitor-map", { subjectCompanyId: ids["us.example.com"] }, sessionId);

  it("links a competitor with positioning scores and a note, shown side by side", async () => {
    const saved = await callOperation(
      "save-competitor-link",
      {
        subjectCompanyId: ids["us.example.com"],
        competitorCompanyId: ids["rival.example.com"],
        scores: { price: 7, productBreadth: 5.5, marketPresence: 8, growth: 6 },
        note: "Cheaper, narrower.",
      },
      alice.sessionId,
    );
    expect(saved.status).toBe(200);
    await callOperation("set-company-positioning", { companyId: ids["us.example.com"], scores: { price: 5, marketPresence: 6 } }, alice.sessionId);
    const response = await map();
    expect(response.body.subject.scores).toEqual({ price: 5, marketPresence: 6 });
    expect(response.body.competitors).toEqual([
      expect.objectContaining({
        company: expect.objectContaining({ name: "Rival" }),
        scores: { price: 7, productBreadth: 5.5, marketPresence: 8, growth: 6 },
        note: "Cheaper, narrower.",
      }),
    ]);
  });

  it("re-scores an existing link instead of duplicating it", async () => {
    const args = { subjectCompanyId: ids["us.example.com"], competitorCompanyId: ids["rival.example.com"], scores: { price: 9 } };
    await callOperation("save-competitor-link", args, alice.sessionId);
    const links = await queryRows(`SELECT 1 FROM "CompetitorAnalysis" WHERE "subjectCompanyId" = $1`, [ids["us.example.com"]]);
    expect(links).toHaveLength(1);
    expect((await map()).body.competitors[0].scores).toEqual({ price: 9 });
  });

  it("suggests same-industry, same-size companies; accepting or dismissing sticks", async () => {
    const suggested = await callOperation<{ suggested: number }>("suggest-competitors", { subjectCompanyId: ids["us.example.com"] }, alice.sessionId);
    expect(suggested.body).toEqual({ suggested: 2 });
    const suggestions = (await map()).body.suggestions;
    expect(suggestions.map((entry) => entry.company.name).sort()).toEqual(["Other Peer", "Peer"]);

    const peer = suggestions.find((entry) => entry.company.name === "Peer")!;
    const otherPeer = suggestions.find((entry) => entry.company.name === "Other Peer")!;
    expect((await callOperation("respond-to-competitor-suggestion", { linkId: peer.linkId, decision: "accept" }, alice.sessionId)).status).toBe(200);
    expect((await callOperation("respond-to-competitor-suggestion", { linkId: otherPeer.linkId, decision: "dismiss" }, alice.sessionId)).status).toBe(200);
    expect((await callOperation("respond-to-competitor-suggestion", { linkId: peer.linkId, decision: "dismiss" }, alice.sessionId)).status).toBe(409);

    const after = (await map()).body;
    expect(after.competitors.map((entry) => entry.company.name).sort()).toEqual(["Peer", "Rival"]);
    expect(after.suggestions).toEqual([]);
    // A dismissed company is not suggested again.
    const again = await callOperation<{ suggested: number }>("suggest-competitors", { subjectCompanyId: ids["us.example.com"] }, alice.sessionId);
    expect(again.body).toEqual({ suggested: 0 });
  });

  it("removes a competitor link", async () => {
    const peer = (await map()).body.competitors.find((entry) => entry.company.name === "Peer")!;
    expect((await callOperation("remove-competitor-link", { linkId: peer.linkId }, alice.sessionId)).status).toBe(200);
    expect((await map()).body.competitors.map((entry) => entry.company.name)).toEqual(["Rival"]);
  });

  it.each([
    [{ competitorCompanyId: "self" }, "competitorCompanyId"],
    [{ scores: { price: 11 } }, "scores.price"],
    [{ scores: { charm: 3 } }, "scores"],
    [{ note: "x".repeat(1001) }, "note"],
  ])("answers 400 for a bad link %j, naming %s", async (change, field) => {
    const args = {
      subjectCompanyId: ids["us.example.com"],
      competitorCompanyId: ids["shop.example.com"],
      ...change,
      ...(change.competitorCompanyId === "self" ? { competitorCompanyId: ids["us.example.com"] } : {}),
    };
    const response = await callOperation("save-competitor-link", args, alice.sessionId);
    expect(response.status).toBe(400);
    expect(Object.keys((response.body as ErrorBody).data?.fieldErrors ?? {})).toContain(field);
    expect(await queryRows(`SELECT 1 FROM "CompetitorAnalysis" WHERE "competitorCompanyId" = $1`, [ids["shop.example.com"]])).toHaveLength(0);
  });

  it("keeps every workspace's map to itself (404)", async () => {
    expect((await map(bob.sessionId)).status).toBe(404);
    const rivalLink = (await map()).body.competitors[0].linkId;
    for (const [operation, args] of [
      ["update-competitor-link", { linkId: rivalLink, note: "hijacked" }],
      ["remove-competitor-link", { linkId: rivalLink }],
      ["respond-to-competitor-suggestion", { linkId: rivalLink, decision: "dismiss" }],
      ["suggest-competitors", { subjectCompanyId: ids["us.example.com"] }],
      ["set-company-positioning", { companyId: ids["us.example.com"], scores: { price: 0 } }],
      ["save-competitor-link", { subjectCompanyId: bobsCompanyId, competitorCompanyId: ids["rival.example.com"] }],
    ] as const) {
      expect((await callOperation(operation, args, bob.sessionId)).status, operation).toBe(404);
    }
    const [link] = await queryRows<{ note: string }>(`SELECT note FROM "CompetitorAnalysis" WHERE id = $1`, [rivalLink]);
    expect(link.note).toBe("Cheaper, narrower.");
  });
});
