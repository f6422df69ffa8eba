import { z } from "zod";
import { env, prisma } from "wasp/server";
import type { ImportCompanies } from "wasp/server/jobs";
import { importCompanies as importCompaniesJob } from "wasp/server/jobs";
import { logger } from "../../server/logging/logger";
import { mergeCompanyRow, mergeRowsByDomain } from "../csv";
import { requestEnrichment } from "../enrichment/requestEnrichment";
import { planImportBatch, type StagedRow } from "./importBatchPlan";
import { roomForCompanies } from "../companyQuota";
import type { Prisma } from "@prisma/client";

const jobArgs = z.object({ importId: z.string().uuid(), attempt: z.number().int().positive().optional() }).strict();
const MERGE_BATCH_SIZE = 500;

/**
 * Merges an import's staged rows into the workspace's companies, a batch at a
 * time, counting progress on the CompanyImport row the page polls. Each batch
 * commits with its checkpoint (the last line merged), which also renews the
 * run's hold on the import: a run that takes over from a dead one (after the
 * lease, see recoverStalledImportsJob.ts) resumes after that line, so no row
 * is merged or counted twice. A replayed job for an import that is running
 * elsewhere or finished does nothing.
 */
export const importCompanies: ImportCompanies<z.input<typeof jobArgs>, { created: number; merged: number }> = async (rawArgs) => {
  const { importId } = jobArgs.parse(rawArgs);
  const leaseCutoff = new Date(Date.now() - env.COMPANY_IMPORT_LEASE_SECONDS * 1000);
  const claimed = await prisma.companyImport.updateMany({
    where: { id: importId, OR: [{ status: "QUEUED" }, { status: "RUNNING", updatedAt: { lt: leaseCutoff } }] },
    data: { status: "RUNNING", startedAt: new Date(), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return { created: 0, merged: 0 };
  const companyImport = await prisma.companyImport.findUniqueOrThrow({ where: { id: importId } });
  const { workspaceId, createdById } = companyImport;

  let created = 0;
  let merged = 0;
  try {
    let afterLine = companyImport.mergedThroughLine;
    for (;;) {
      const staged: StagedRow[] = await prisma.companyImportRow.findMany({
        where: { importId, line: { gt: afterLine } },
        orderBy: { line: "asc" },
        take: MERGE_BATCH_SIZE,
        select: { line: true, domain: true, name: true, role: true, tags: true },
      });
      if (staged.length === 0) break;
      afterLine = staged[staged.length - 1].line;

      const rows = mergeRowsByDomain(staged.map(({ name, role, ...row }) => ({ ...row, name: name ?? undefined, role: role ?? undefined })));
      const existing = await prisma.company.findMany({
        where: { workspaceId, domain: { in: rows.map((row) => row.domain) } },
        select: { id: true, domain: true, name: true, role: true, tags: true },
      });
      const plan = planImportBatch(rows, existing, mergeCompanyRow);

      const createdInBatch = await prisma.$transaction(async (tx) => {
        // Companies added since the upload was checked may have used the room: create what fits.
        const room = await roomForCompanies(tx, workspaceId);
        const creates = plan.creates.slice(0, room);
        const overQuota = plan.creates.length - creates.length;
        await tx.company.createMany({ data: creates.map((company) => ({ ...company, workspaceId, createdById })), skipDuplicates: true });
        for (const { id, ...changes } of plan.updates) await tx.company.update({ where: { id }, data: changes });
        await tx.companyImport.update({
          where: { id: importId },
          data: {
            mergedThroughLine: afterLine,
            processedRows: { increment: staged.length },
            createdCount: { increment: creates.length },
            mergedCount: { increment: plan.mergedRowCount },
            errorCount: { increment: overQuota },
          },
        });
        if (overQuota > 0) await recordOverQuotaRows(tx, importId, afterLine, overQuota);
        return creates.length;
      }, { timeout: 60_000 });
      created += createdInBatch;
      merged += plan.mergedRowCount;
    }
    await prisma.$transaction([
      prisma.companyImportRow.deleteMany({ where: { importId } }),
      prisma.companyImport.update({ where: { id: importId }, data: { status: "SUCCEEDED", finishedAt: new Date() } }),
    ]);
  } catch (error) {
    logger.error({ job: "importCompanies", importId, err: error }, "company import failed");
    await prisma.companyImport.update({
      where: { id: importId },
      data: { status: "FAILED", finishedAt: new Date(), failureReason: "The import stopped on an error on our side; the rows merged so far are kept. Try the file again." },
    });
    throw error;
  }
  // Companies created by a run that died before this point are enriched too.
  if (companyImport.createdCount + created > 0) await requestEnrichment(workspaceId);
  return { created, merged };
};

/** Queues a run of an import; a numbered attempt (a recovery) is queued once however often the sweep sees it. */
export async function submitImportRun(importId: string, attempt?: number) {
  await importCompaniesJob.submit(attempt ? { importId, attempt } : { importId }, {
    retryLimit: 0,
    ...(attempt ? { singletonKey: `company-import-${importId}-attempt-${attempt}` } : {}),
  });
}

/** Rows past the plan's company quota are reported with the import's other rejected rows. */
async function recordOverQuotaRows(tx: Prisma.TransactionClient, importId: string, throughLine: number, count: number) {
  const reason = `${count} new companies up to line ${throughLine} were not added: the workspace reached its plan's tracked-companies limit. Upgrade on the Billing page and import the file again.`;
  await tx.$executeRaw`
    UPDATE "CompanyImport" SET "rowErrors" = "rowErrors" || ${JSON.stringify([{ line: throughLine, reason }])}::jsonb WHERE id = ${importId}`;
}
