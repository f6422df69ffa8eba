import { z } from "zod";
import type { PrismaClient } from "@prisma/client";
import type { EnrichCompanies } from "wasp/server/jobs";
import type { ApolloClient } from "../../apollo/client/apolloClient";
import { configuredApolloClient } from "../../apollo/client/configuredApolloClient";
import { isApolloError } from "../../apollo/client/apolloErrors";
import { toFirmographics } from "./apolloFirmographics";
import { openSecret } from "../../server/crypto/sealedSecrets";
import { serverEncryptionKey } from "../../server/crypto/serverEncryptionKey";
import { logger } from "../../server/logging/logger";
import {
  companyChangesFor,
  dueForEnrichment,
  NO_APOLLO_KEY_MESSAGE,
  type EnrichmentOutcome,
} from "./enrichmentSchedule";
import { claimEnrichmentLease, type EnrichmentLease } from "./enrichmentLease";

const jobArgs = z.object({ workspaceId: z.string().uuid().optional() }).strict();

/** One run looks up at most this many companies per workspace; the next run carries on. */
const MAX_LOOKUPS_PER_WORKSPACE = 500;
const BATCH_SIZE = 25;
const MAX_WORKSPACES_PER_RUN = 200;

export type EnrichmentTotals = {
  enriched: number;
  notFound: number;
  failed: number;
  skippedNoKey: number;
};

type Entities = { Company: PrismaClient["company"]; Workspace: PrismaClient["workspace"] };

/**
 * Enriches a workspace's new companies from Apollo and refreshes week-old
 * ones. Submitted when companies are added; also runs every 15 minutes for
 * refreshes and for work a rate limit interrupted.
 */
export const enrichCompanies: EnrichCompanies<{ workspaceId?: string }, EnrichmentTotals> = async (rawArgs, context) => {
  const args = jobArgs.parse(rawArgs ?? {});
  const entities = context.entities as unknown as Entities;
  const workspaceIds = args.workspaceId ? [args.workspaceId] : await workspacesWithDueCompanies(entities);
  const totals: EnrichmentTotals = { enriched: 0, notFound: 0, failed: 0, skippedNoKey: 0 };
  for (const workspaceId of workspaceIds) {
    const workspaceTotals = await enrichWorkspace(entities, workspaceId);
    for (const key of Object.keys(totals) as (keyof EnrichmentTotals)[]) totals[key] += workspaceTotals[key];
  }
  if (totals.enriched + totals.notFound + totals.failed + totals.skippedNoKey > 0) {
    logger.info({ job: "enrichCompanies", ...totals }, "enrichment run finished");
  }
  return totals;
};

async function workspacesWithDueCompanies(entities: Entities): Promise<string[]> {
  const rows = await entities.Company.findMany({
    where: dueForEnrichment(undefined, new Date()),
    distinct: ["workspaceId"],
    select: { workspaceId: true },
    take: MAX_WORKSPACES_PER_RUN,
  });
  return rows.map((row) => row.workspaceId);
}

async function enrichWorkspace(entities: Entities, workspaceId: string): Promise<EnrichmentTotals> {
  const totals: EnrichmentTotals = { enriched: 0, notFound: 0, failed: 0, skippedNoKey: 0 };
  const workspace = await entities.Workspace.findUnique({ where: { id: workspaceId }, select: { apolloApiKeyEncrypted: true } });
  if (!workspace) return totals;
  if (!workspace.apolloApiKeyEncrypted) {
    const { count } = await entities.Company.updateMany({
      where: { workspaceId, archivedAt: null, enrichmentStatus: "PENDING" },
      data: { enrichmentStatus: "SKIPPED_NO_KEY", enrichmentError: NO_APOLLO_KEY_MESSAGE },
    });
    totals.skippedNoKey = count;
    return totals;
  }

  // Another server machine may be running this workspace already: one run at a time.
  const lease = await claimEnrichmentLease(entities.Workspace, workspaceId);
  if (!lease) return totals;
  try {
    await lookUpDueCompanies(entities, workspaceId, workspace.apolloApiKeyEncrypted, lease, totals);
  } finally {
    await lease.release();
  }
  return totals;
}

async function lookUpDueCompanies(
  entities: Entities,
  workspaceId: string,
  sealedApiKey: string,
  lease: EnrichmentLease,
  totals: EnrichmentTotals,
): Promise<void> {
  const client = configuredApolloClient(openSecret(sealedApiKey, serverEncryptionKey()));

  let lookups = 0;
  while (lookups < MAX_LOOKUPS_PER_WORKSPACE) {
    const batch = await entities.Company.findMany({
      where: dueForEnrichment(workspaceId, new Date()),
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: BATCH_SIZE,
      select: { id: true, name: true, domain: true },
    });
    if (batch.length === 0) return;
    for (const company of batch) {
      const lookup = await lookUp(client, company.domain);
      lookups += 1;
      if (lookup.outcome) {
        await entities.Company.update({
          where: { id: company.id },
          data: companyChangesFor(lookup.outcome, company, new Date()),
        });
        if (lookup.outcome.kind === "found") totals.enriched += 1;
        else if (lookup.outcome.kind === "not_found") totals.notFound += 1;
        else totals.failed += 1;
      }
      if (lookup.stopWorkspace) {
        logger.warn({ job: "enrichCompanies", workspaceId, reason: lookup.stopWorkspace }, "enrichment paused for workspace");
        return;
      }
      if (!(await lease.renew())) {
        logger.warn({ job: "enrichCompanies", workspaceId }, "enrichment lease taken over by another run; stopping this one");
        return;
      }
    }
  }
}

type Lookup = { outcome?: EnrichmentOutcome; stopWorkspace?: string };

/**
 * One Apollo lookup. A rejected key fails the company and stops the
 * workspace's run (every other lookup would fail the same way); an exhausted
 * rate limit leaves the company pending for the next run.
 */
async function lookUp(client: ApolloClient, domain: string): Promise<Lookup> {
  try {
    const result = await client.enrichOrganization(domain);
    if (!result.found) return { outcome: { kind: "not_found" } };
    return { outcome: { kind: "found", firmographics: toFirmographics(result.organization) } };
  } catch (error) {
    if (!isApolloError(error)) throw error;
    switch (error.kind) {
      case "unauthorized":
      case "forbidden":
        return { outcome: { kind: "failed", reason: error.message }, stopWorkspace: error.kind };
      case "rate_limited":
        return { stopWorkspace: "rate_limited" };
      case "server_error":
      case "timeout":
      case "network":
      case "bad_response":
        return { outcome: { kind: "failed", reason: error.message } };
      default: {
        const unreachable: never = error.kind;
        throw new Error(`Unknown Apollo error kind ${String(unreachable)}`);
      }
    }
  }
}
