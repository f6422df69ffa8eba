import type { Prisma } from "@prisma/client";
import { nameFromDomain } from "../companySchemas";

/** Enriched (or unknown to Apollo) companies are looked up again after a week. */
export const REFRESH_AFTER_DAYS = 7;
/** A failed lookup (Apollo down, timeout) is retried after an hour, not on every run. */
export const RETRY_FAILED_AFTER_MINUTES = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Companies of a workspace that an enrichment run should look up now. */
export function dueForEnrichment(workspaceId: string | undefined, now: Date): Prisma.CompanyWhereInput {
  const refreshBefore = new Date(now.getTime() - REFRESH_AFTER_DAYS * DAY_MS);
  const retryBefore = new Date(now.getTime() - RETRY_FAILED_AFTER_MINUTES * 60 * 1000);
  return {
    ...(workspaceId ? { workspaceId } : {}),
    archivedAt: null,
    OR: [
      { enrichmentStatus: "PENDING" },
      { enrichmentStatus: { in: ["ENRICHED", "NOT_FOUND"] }, enrichedAt: { lt: refreshBefore } },
      { enrichmentStatus: "FAILED", updatedAt: { lt: retryBefore } },
    ],
  };
}

export interface Firmographics {
  name: string | null;
  industry: string | null;
  employeeCount: number | null;
  sizeBand: "MICRO" | "SMALL" | "MEDIUM" | "LARGE" | "ENTERPRISE" | null;
  annualRevenue: number | null;
  foundedYear: number | null;
  city: string | null;
  state: string | null;
  country: string | null;
  description: string | null;
  linkedinUrl: string | null;
  technologies: string[];
  apolloOrganizationId: string | null;
}

export type EnrichmentOutcome =
  | { kind: "found"; firmographics: Firmographics }
  | { kind: "not_found" }
  | { kind: "failed"; reason: string };

export const ENRICHMENT_SOURCE_APOLLO = "apollo";
export const NO_APOLLO_KEY_MESSAGE = "Add an Apollo API key on the Apollo page to enrich this company.";

/**
 * What one lookup changes on the company. A name the user typed is kept; the
 * name guessed from the domain gives way to Apollo's.
 */
export function companyChangesFor(
  outcome: EnrichmentOutcome,
  company: { name: string; domain: string },
  now: Date,
): Prisma.CompanyUpdateInput {
  switch (outcome.kind) {
    case "found": {
      const { name, ...firmographics } = outcome.firmographics;
      const keepsOwnName = company.name !== nameFromDomain(company.domain);
      return {
        ...firmographics,
        ...(name && !keepsOwnName ? { name } : {}),
        enrichmentStatus: "ENRICHED",
        enrichmentSource: ENRICHMENT_SOURCE_APOLLO,
        enrichedAt: now,
        enrichmentError: null,
      };
    }
    case "not_found":
      return {
        enrichmentStatus: "NOT_FOUND",
        enrichmentSource: ENRICHMENT_SOURCE_APOLLO,
        enrichedAt: now,
        enrichmentError: null,
      };
    case "failed":
      return { enrichmentStatus: "FAILED", enrichmentError: outcome.reason.slice(0, 500) };
    default: {
      const unreachable: never = outcome;
      throw new Error(`Unknown enrichment outcome ${JSON.stringify(unreachable)}`);
    }
  }
}
