import type { Prisma, PrismaClient } from "@prisma/client";
import { computeSections } from "../../reports/computed/computeSections";
import { gatherReportData } from "../../reports/gathering/gatherReportData";
import type { StoredReportSections } from "../../reports/reportDocument";
import { buildSources } from "../../reports/sources/buildSources";
import { reportSummary } from "../../reports/job/reportSummary";
import { changeCredits } from "../../payment/credits/creditLedger";
import { sqlOfPrisma } from "../db/sql";

export const DEMO_REPORT_NARRATIVE_NOTE =
  "This report was made when the demo workspace was seeded, without AI writing, so it holds the computed sections only. " +
  "Ask for a new report on the company's page: with AI writing on (./scripts/dev.sh uses a local stand-in model; set OPENAI_API_KEY for a real one) the narrative is written too.";

/**
 * A completed market report on the demo's own company, computed from the seeded
 * data by the same modules the report job uses, so the reports pages have a
 * real report before anyone asks for one.
 */
export async function seedDemoReport(prisma: PrismaClient, workspaceId: string, requestedById: string, company: { id: string; name: string }) {
  const report = await prisma.marketReport.create({
    data: { workspaceId, requestedById, subjectCompanyId: company.id, subjectName: company.name, kind: "MARKET", title: `Market report: ${company.name}`, status: "RENDERING" },
  });
  const data = await gatherReportData(prisma, { reportId: report.id, workspaceId, subjectCompanyId: company.id, kind: "MARKET", asOf: new Date() });
  const { sources, index } = buildSources(data);
  const computed = computeSections(data, index);
  const sections: StoredReportSections = { computed, narrative: { status: "not_configured", message: DEMO_REPORT_NARRATIVE_NOTE } };
  await prisma.marketReport.update({
    where: { id: report.id },
    data: {
      status: "COMPLETED",
      progressPercent: 100,
      startedAt: report.createdAt,
      completedAt: new Date(),
      attempts: 1,
      sources: sources as unknown as Prisma.InputJsonValue,
      sections: sections as unknown as Prisma.InputJsonValue,
      summary: reportSummary(data, computed, sections.narrative),
      creditsSpent: 1,
    },
  });
  await prisma.$transaction((tx) =>
    changeCredits(sqlOfPrisma(tx), { workspaceId, kind: "REPORT", creditsDelta: -1, description: `Report: ${report.title}`, dedupeKey: `report:${report.id}`, reportId: report.id }),
  );
  return report.id;
}
