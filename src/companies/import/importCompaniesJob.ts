import { z } from "zod";
import { prisma } from "wasp/server";
import type { ImportCompanies } from "wasp/server/jobs";
import { logger } from "../../server/logging/logger";
import { mergeCompanyRow, mergeRowsByDomain } from "../csv";
import { requestEnrichment } from "../enrichment/requestEnrichment";
import { planImportBatch, type StagedRow } from "./importBatchPlan";

const jobArgs = z.object({ importId: z.string().uuid() }).strict();
const MERGE_BATCH_SIZE = 500;

/**
 * Merges an import's staged rows into the workspace's companies, a batch at a
 * time, counting progress on the CompanyImport row the page polls. A replayed
 * job for an import that already ran does nothing.
 */
export const importCompanies: ImportCompanies<{ importId: string }, { created: number; merged: number }> = async (rawArgs) => {
  const { importId } = jobArgs.parse(rawArgs);
  const claimed = await prisma.companyImport.updateMany({
    where: { id: importId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: new Date() },
  });
  if (claimed.count === 0) return { created: 0, merged: 0 };
  const companyImport = await prisma.companyImport.findUniqueOrThrow({ where: { id: importId } });
  const { workspaceId, createdById } = companyImport;

  let created = 0;
  let merged = 0;
  try {
    let afterLine = 0;
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

      await prisma.$transaction([
        prisma.company.createMany({
          data: plan.creates.map((company) => ({ ...company, workspaceId, createdById })),
          skipDuplicates: true,
        }),
        ...plan.updates.map(({ id, ...changes }) => prisma.company.update({ where: { id }, data: changes })),
        prisma.companyImport.update({
          where: { id: importId },
          data: {
            processedRows: { increment: staged.length },
            createdCount: { increment: plan.creates.length },
            mergedCount: { increment: plan.mergedRowCount },
          },
        }),
      ]);
      created += plan.creates.length;
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
  if (created > 0) await requestEnrichment(workspaceId);
  return { created, merged };
};
