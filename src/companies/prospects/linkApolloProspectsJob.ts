import { z } from "zod";
import { prisma } from "wasp/server";
import type { Prisma } from "@prisma/client";
import type { LinkApolloProspects } from "wasp/server/jobs";
import { roomForCompanies } from "../companyQuota";
import { requestEnrichment } from "../enrichment/requestEnrichment";
import { logger } from "../../server/logging/logger";
import { prospectCompaniesToCreate, type ProspectDomain } from "./prospectCompanies";

const jobArgs = z.object({ workspaceId: z.string().uuid() }).strict();

export type ProspectLinking = { created: number; overQuota: number; contactsLinked: number; accountsLinked: number };

/**
 * After an Apollo sync: every stored contact and account meets the tracked
 * company with its domain. A domain nobody tracks yet becomes a prospect
 * company (as far as the plan's tracked-companies quota allows) and is
 * enriched as usual. Rows already linked right are not written.
 */
export const linkApolloProspects: LinkApolloProspects<{ workspaceId: string }, ProspectLinking> = async (rawArgs) => {
  const { workspaceId } = jobArgs.parse(rawArgs);
  const result = await prisma.$transaction(
    async (tx) => {
      const unlinked = await tx.$queryRaw<ProspectDomain[]>`
        SELECT d.domain, min(d.name) AS name FROM (
          SELECT "companyDomain" AS domain, "organizationName" AS name FROM "ApolloContact" WHERE "workspaceId" = ${workspaceId} AND "companyId" IS NULL AND "companyDomain" IS NOT NULL
          UNION ALL
          SELECT "companyDomain", name FROM "ApolloAccount" WHERE "workspaceId" = ${workspaceId} AND "companyId" IS NULL AND "companyDomain" IS NOT NULL
        ) d
        WHERE NOT EXISTS (SELECT 1 FROM "Company" c WHERE c."workspaceId" = ${workspaceId} AND c.domain = d.domain)
        GROUP BY d.domain ORDER BY count(*) DESC, d.domain`;
      const room = unlinked.length > 0 ? await roomForCompanies(tx, workspaceId) : 0;
      const { create, overQuota } = prospectCompaniesToCreate(unlinked, room);
      if (create.length > 0) {
        await tx.company.createMany({
          data: create.map((prospect) => ({ workspaceId, domain: prospect.domain, name: prospect.name, role: "PROSPECT" as const, tags: ["apollo"] })),
          skipDuplicates: true,
        });
      }
      const contactsLinked = await linkToCompanies(tx, workspaceId, "ApolloContact", "apolloContactId");
      const accountsLinked = await linkToCompanies(tx, workspaceId, "ApolloAccount", "apolloAccountId");
      return { created: create.length, overQuota, contactsLinked, accountsLinked };
    },
    { timeout: 60_000 },
  );
  if (result.created > 0) await requestEnrichment(workspaceId);
  if (result.created + result.contactsLinked + result.accountsLinked + result.overQuota > 0) {
    logger.info({ job: "linkApolloProspects", workspaceId, ...result }, "Apollo members linked to companies");
  }
  return result;
};

/**
 * Points each row at the company with its domain, where it does not already.
 * Rows are locked in Apollo-id order, the order a running list sync writes
 * them in, so the two queue instead of deadlocking.
 */
function linkToCompanies(tx: Prisma.TransactionClient, workspaceId: string, table: "ApolloContact" | "ApolloAccount", apolloIdColumn: "apolloContactId" | "apolloAccountId") {
  return tx.$executeRawUnsafe(
    `WITH targets AS (
       SELECT r.id, c.id AS "companyId" FROM "${table}" r JOIN "Company" c ON c."workspaceId" = r."workspaceId" AND c.domain = r."companyDomain"
        WHERE r."workspaceId" = $1 AND r."companyId" IS DISTINCT FROM c.id
        ORDER BY r."${apolloIdColumn}" FOR UPDATE OF r)
     UPDATE "${table}" r SET "companyId" = targets."companyId" FROM targets WHERE r.id = targets.id`,
    workspaceId,
  );
}
