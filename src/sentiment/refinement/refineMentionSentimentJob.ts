import { z } from "zod";
import { env, prisma } from "wasp/server";
import type { RefineMentionSentiment } from "wasp/server/jobs";
import { sharedLlmClient } from "../../llm/llmClient";
import { isLlmError } from "../../llm/llmErrors";
import { llmConfiguration } from "../../llm/llmEnv";
import { logger } from "../../server/logging/logger";
import { LEXICON_SCORER } from "../lexiconSentiment";
import { llmScorer, refinedScores, refinementAnswerSchema, refinementMessages, type MentionToRefine } from "./refinementAnswer";

const jobArgs = z.object({ workspaceId: z.string().uuid() }).strict();
const BATCH_SIZE = 25;
/** One run refines at most this many mentions; the next import's run carries on. */
const MAX_BATCHES_PER_RUN = 40;

export type RefinementTotals = { refined: number; asked: number; stoppedBecause: string | null };

/**
 * Asks the configured LLM to score a workspace's mentions that only have the
 * lexicon's score, a batch at a time, newest first. Each mention keeps its
 * lexicon score beside the new one; a mention the answer leaves out keeps the
 * lexicon's. Each run passes over a mention once, so it always ends.
 */
export const refineMentionSentiment: RefineMentionSentiment<{ workspaceId: string }, RefinementTotals> = async (rawArgs) => {
  const { workspaceId } = jobArgs.parse(rawArgs);
  const totals: RefinementTotals = { refined: 0, asked: 0, stoppedBecause: null };
  const llm = llmConfiguration(env);
  if (!llm.configured) return { ...totals, stoppedBecause: "AI writing is not configured" };
  const client = sharedLlmClient(llm.settings);
  let before: { observedAt: Date; id: string } | undefined;

  for (let batchNumber = 0; batchNumber < MAX_BATCHES_PER_RUN; batchNumber += 1) {
    const rows = await prisma.marketIntelligence.findMany({
      where: {
        workspaceId,
        kind: "SENTIMENT",
        sentimentScoredBy: LEXICON_SCORER,
        company: { isNot: null },
        ...(before ? { OR: [{ observedAt: { lt: before.observedAt } }, { observedAt: before.observedAt, id: { lt: before.id } }] } : {}),
      },
      orderBy: [{ observedAt: "desc" }, { id: "desc" }],
      take: BATCH_SIZE,
      select: { id: true, content: true, observedAt: true, company: { select: { name: true } } },
    });
    if (rows.length === 0) break;
    before = { observedAt: rows[rows.length - 1].observedAt, id: rows[rows.length - 1].id };
    const mentions: MentionToRefine[] = rows.map((row) => ({ id: row.id, companyName: row.company?.name ?? "the company", text: row.content }));
    totals.asked += mentions.length;
    try {
      const { answer } = await client.completeStructured({ messages: refinementMessages(mentions), schema: refinementAnswerSchema, schemaName: "mention_sentiment" });
      if (!answer.ok) {
        totals.stoppedBecause = `the model's answer was unusable (${answer.problem.kind})`;
        break;
      }
      for (const { id, score } of refinedScores(mentions, answer.value)) {
        // Only a mention still scored by the lexicon: a concurrent run's score stays.
        const { count } = await prisma.marketIntelligence.updateMany({
          where: { id, workspaceId, sentimentScoredBy: LEXICON_SCORER },
          data: { sentimentScore: score, sentimentScoredBy: llmScorer(client.model) },
        });
        totals.refined += count;
      }
    } catch (error) {
      if (!isLlmError(error)) throw error;
      totals.stoppedBecause = error.message;
      break;
    }
  }
  if (totals.stoppedBecause) logger.warn({ job: "refineMentionSentiment", workspaceId, ...totals }, "sentiment refinement stopped early");
  return totals;
};
