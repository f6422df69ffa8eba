import type { LedgerEntryKind, Prisma } from "@prisma/client";

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
 * after it, in the caller's transaction. Returns the new balance, or
 * undefined when this change (its dedupe key) was already made. The
 * workspace's row lock orders concurrent changes of one workspace.
 */
export async function changeCredits(tx: Prisma.TransactionClient, change: CreditChange): Promise<number | undefined> {
  await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${change.workspaceId} FOR UPDATE`;
  if (await tx.billingLedgerEntry.findUnique({ where: { dedupeKey: change.dedupeKey }, select: { id: true } })) return undefined;
  const [workspace] = await tx.$queryRaw<{ credits: number }[]>`
    UPDATE "Workspace" SET credits = credits + ${change.creditsDelta}, "updatedAt" = now()
     WHERE id = ${change.workspaceId} AND credits + ${change.creditsDelta} >= 0
     RETURNING credits`;
  if (!workspace) throw new InsufficientCredits(change.workspaceId);
  await tx.billingLedgerEntry.create({ data: { ...change, creditsBalanceAfter: workspace.credits } });
  return workspace.credits;
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
