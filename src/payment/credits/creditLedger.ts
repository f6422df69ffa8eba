import type { LedgerEntryKind } from "@prisma/client";
import type { Sql } from "../../server/db/sql";

export interface CreditChange {
  workspaceId: string;
  kind: LedgerEntryKind;
  /** Credits added (positive) or taken (negative). */
  creditsDelta: number;
  description: string;
  /** One change once: a second change with the same key does nothing. */
  dedupeKey: string;
  paymentEventId?: string;
  providerObjectId?: string;
  providerPaymentId?: string;
  reportId?: string;
}

/**
 * Changes a workspace's credits and writes the ledger row with the balance
 * after it, in one statement of the caller's transaction. Returns the new
 * balance, or undefined when this change (its dedupe key) was already made;
 * throws InsufficientCredits when the balance would go below zero. The
 * UPDATE's row lock orders concurrent changes of one workspace, and the
 * dedupe key's unique index refuses a second row even in a race.
 */
export async function changeCredits(sql: Sql, change: CreditChange): Promise<number | undefined> {
  const [row] = await sql<{ balance: number }>(
    `WITH changed AS (
       UPDATE "Workspace" SET credits = credits + $2, "updatedAt" = now()
        WHERE id = $1 AND credits + $2 >= 0
          AND NOT EXISTS (SELECT 1 FROM "BillingLedgerEntry" WHERE "dedupeKey" = $3)
        RETURNING credits)
     INSERT INTO "BillingLedgerEntry" (id, kind, "workspaceId", "creditsDelta", "creditsBalanceAfter", description, "dedupeKey",
                                       "paymentEventId", "providerObjectId", "providerPaymentId", "reportId")
     SELECT gen_random_uuid()::text, $4::"LedgerEntryKind", $1, $2, changed.credits, $5, $3, $6, $7, $8, $9 FROM changed
     RETURNING "creditsBalanceAfter" AS balance`,
    [
      change.workspaceId,
      change.creditsDelta,
      change.dedupeKey,
      change.kind,
      change.description,
      change.paymentEventId ?? null,
      change.providerObjectId ?? null,
      change.providerPaymentId ?? null,
      change.reportId ?? null,
    ],
  );
  if (row) return row.balance;
  const [done] = await sql(`SELECT 1 FROM "BillingLedgerEntry" WHERE "dedupeKey" = $1`, [change.dedupeKey]);
  if (done) return undefined;
  throw new InsufficientCredits(change.workspaceId);
}

export class InsufficientCredits extends Error {
  constructor(readonly workspaceId: string) {
    super(`workspace ${workspaceId} has too few credits for this change`);
  }
}

/** The ledger row of a workspace's starting credits, for a nested create of the workspace. */
export function openingCreditsEntry(credits: number, description = "Starting credits") {
  return { kind: "OPENING_BALANCE" as const, creditsDelta: credits, creditsBalanceAfter: credits, description, dedupeKey: `opening:${crypto.randomUUID()}` };
}
