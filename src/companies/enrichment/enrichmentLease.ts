import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";

/**
 * How long a run holds a workspace without showing signs of life. It renews the
 * lease after every lookup, and one lookup (attempts, timeouts, rate-limit
 * waits) stays well inside this.
 */
export const ENRICHMENT_LEASE_MS = 5 * 60_000;

type Workspaces = Pick<PrismaClient["workspace"], "updateMany">;

export interface EnrichmentLease {
  /** Extends the lease; false once another run has taken it over (this one must stop). */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

const expiryFrom = (now: Date) => new Date(now.getTime() + ENRICHMENT_LEASE_MS);

/**
 * Takes the workspace for one enrichment run, in one conditional UPDATE, so two
 * server machines can never both hold it. Undefined when a live run holds it;
 * a lease past its expiry (its run crashed) is taken over.
 */
export async function claimEnrichmentLease(workspaces: Workspaces, workspaceId: string, now = new Date()): Promise<EnrichmentLease | undefined> {
  const holder = randomUUID();
  const { count } = await workspaces.updateMany({
    where: { id: workspaceId, OR: [{ enrichmentLeaseHolder: null }, { enrichmentLeaseExpiresAt: { lt: now } }] },
    data: { enrichmentLeaseHolder: holder, enrichmentLeaseExpiresAt: expiryFrom(now) },
  });
  if (count === 0) return undefined;
  return {
    async renew() {
      const renewed = await workspaces.updateMany({
        where: { id: workspaceId, enrichmentLeaseHolder: holder },
        data: { enrichmentLeaseExpiresAt: expiryFrom(new Date()) },
      });
      return renewed.count === 1;
    },
    async release() {
      await workspaces.updateMany({
        where: { id: workspaceId, enrichmentLeaseHolder: holder },
        data: { enrichmentLeaseHolder: null, enrichmentLeaseExpiresAt: null },
      });
    },
  };
}
