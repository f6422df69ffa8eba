import type { PrismaClient } from "@prisma/client";
import type { MentionRecord } from "../mentions/mentionRecord";

const INSERT_BATCH_SIZE = 1_000;

/**
 * Inserts the mentions in batches inside one transaction: all of them or, if
 * anything fails, none. A mention already stored (same dedupeKey in the
 * workspace) is skipped by the database, so concurrent imports of the same
 * file cannot add it twice. Returns how many were new.
 */
export async function storeMentions(prisma: Pick<PrismaClient, "$transaction" | "marketIntelligence">, workspaceId: string, records: MentionRecord[]): Promise<number> {
  if (records.length === 0) return 0;
  const batches: MentionRecord[][] = [];
  for (let start = 0; start < records.length; start += INSERT_BATCH_SIZE) batches.push(records.slice(start, start + INSERT_BATCH_SIZE));
  const results = await prisma.$transaction(
    batches.map((batch) =>
      prisma.marketIntelligence.createMany({ data: batch.map((record) => ({ ...record, workspaceId })), skipDuplicates: true }),
    ),
  );
  return results.reduce((added, result) => added + result.count, 0);
}
