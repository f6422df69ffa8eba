import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./support/database";
import { signUpVerifiedUser } from "./support/httpClient";
import { runJob, useJobQueue } from "./support/jobQueue";
import { insertCompanies, workspaceIdOf } from "./support/workspaces";

/** The optional LLM refinement of mention scores, with the real openai SDK against the OpenAI stand-in. */
describe("refining mention sentiment with the LLM", () => {
  const boss = useJobQueue();
  let workspaceId: string;
  let otherWorkspaceId: string;

  const insertMentions = async (workspace: string, companyId: string, texts: string[]) => {
    for (const [index, text] of texts.entries()) {
      await queryRows(
        `INSERT INTO "MarketIntelligence" (id, "workspaceId", "companyId", kind, title, content, "sentimentScore", "lexiconScore", "sentimentScoredBy", "observedAt")
         VALUES (gen_random_uuid(), $1, $2, 'SENTIMENT', $3, $3, -0.2, -0.2, 'lexicon', now() - $4 * interval '1 day')`,
        [workspace, companyId, text, index],
      );
    }
  };
  const mentionsOf = (workspace: string) =>
    queryRows<{ content: string; sentimentScore: number; lexiconScore: number; sentimentScoredBy: string }>(
      `SELECT content, "sentimentScore", "lexiconScore", "sentimentScoredBy" FROM "MarketIntelligence" WHERE "workspaceId" = $1 ORDER BY "observedAt" DESC`,
      [workspace],
    );

  beforeAll(async () => {
    const [alice, bob] = await Promise.all([signUpVerifiedUser("refine-alice"), signUpVerifiedUser("refine-bob")]);
    [workspaceId, otherWorkspaceId] = await Promise.all([workspaceIdOf(alice.email), workspaceIdOf(bob.email)]);
    const aliceCompanies = await insertCompanies(workspaceId, [{ name: "Refine Co", domain: "refine-co.example.com" }]);
    const bobCompanies = await insertCompanies(otherWorkspaceId, [{ name: "Other Co", domain: "other-co.example.com" }]);
    await insertMentions(workspaceId, aliceCompanies["refine-co.example.com"], ["Not bad at all, actually", "Support never answered", "Fine"]);
    await insertMentions(otherWorkspaceId, bobCompanies["other-co.example.com"], ["Untouched mention"]);
  });

  it("stores the model's score beside the lexicon's for the mentions it scored, in that workspace only", async () => {
    const job = await runJob(boss, "refineMentionSentiment", { workspaceId });
    expect(job.state).toBe("completed");
    expect(job.output).toMatchObject({ asked: 3, stoppedBecause: null });
    const mentions = await mentionsOf(workspaceId);
    // The stand-in scores the first numbered mention (the newest) at 1; the model's others keep the lexicon's score.
    expect(mentions[0]).toMatchObject({ content: "Not bad at all, actually", sentimentScore: 1, lexiconScore: -0.2, sentimentScoredBy: "llm:gpt-4o-mini" });
    expect(mentions.slice(1).map((mention) => mention.sentimentScoredBy)).toEqual(["lexicon", "lexicon"]);
    expect((await mentionsOf(otherWorkspaceId))[0]).toMatchObject({ sentimentScore: -0.2, sentimentScoredBy: "lexicon" });
  });

  it("never re-scores a mention the model has scored", async () => {
    await runJob(boss, "refineMentionSentiment", { workspaceId });
    const mentions = await mentionsOf(workspaceId);
    expect(mentions[0]).toMatchObject({ sentimentScore: 1, sentimentScoredBy: "llm:gpt-4o-mini" });
    expect(mentions.filter((mention) => mention.sentimentScoredBy === "lexicon")).toHaveLength(1);
  });

  it("fails on bad arguments and changes nothing", async () => {
    const before = await mentionsOf(workspaceId);
    for (const data of [{}, { workspaceId: "nope" }, { workspaceId, extra: 1 }]) {
      expect((await runJob(boss, "refineMentionSentiment", data)).state).toBe("failed");
    }
    expect(await mentionsOf(workspaceId)).toEqual(before);
  });
});
