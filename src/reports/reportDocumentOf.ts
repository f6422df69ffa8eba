import type { CompanyRole } from "../companies/companyEnums";
import type { ReportDocument, ReportSource, StoredReportSections } from "./reportDocument";
import type { ReportKind } from "./reportKinds";

export interface StoredReport {
  id: string;
  kind: ReportKind;
  title: string;
  subjectName: string;
  createdAt: Date;
  completedAt: Date | null;
  sources: unknown;
  sections: unknown;
  claimCount: number;
  citedClaimCount: number;
  unverifiedNumberCount: number;
  model: string | null;
  promptTokens: number;
  completionTokens: number;
  costUsd: number | null;
  subjectCompany: { id: string; domain: string; role: CompanyRole } | null;
  workspace: { name: string };
  requestedBy: { displayName: string | null; email: string | null } | null;
}

/** A completed report as its renderers read it; undefined while it has no content yet. */
export function reportDocumentOf(report: StoredReport): ReportDocument | undefined {
  const sections = report.sections as StoredReportSections | null;
  if (!sections?.computed || !sections.narrative || !Array.isArray(report.sources)) return undefined;
  return {
    reportId: report.id,
    kind: report.kind,
    title: report.title,
    workspaceName: report.workspace.name,
    subject: {
      companyId: report.subjectCompany?.id ?? null,
      name: report.subjectName,
      domain: report.subjectCompany?.domain ?? null,
      role: report.subjectCompany?.role ?? null,
    },
    requestedByName: report.requestedBy ? (report.requestedBy.displayName ?? report.requestedBy.email) : null,
    createdAt: report.createdAt.toISOString(),
    completedAt: report.completedAt?.toISOString() ?? null,
    sources: report.sources as ReportSource[],
    computed: sections.computed,
    narrative: sections.narrative,
    grounding: { claimCount: report.claimCount, citedClaimCount: report.citedClaimCount, unverifiedNumberCount: report.unverifiedNumberCount },
    usage: { model: report.model, promptTokens: report.promptTokens, completionTokens: report.completionTokens, costUsd: report.costUsd },
  };
}

/** What the document query selects from MarketReport. */
export const storedReportSelect = {
  id: true,
  kind: true,
  title: true,
  subjectName: true,
  createdAt: true,
  completedAt: true,
  sources: true,
  sections: true,
  claimCount: true,
  citedClaimCount: true,
  unverifiedNumberCount: true,
  model: true,
  promptTokens: true,
  completionTokens: true,
  costUsd: true,
  subjectCompany: { select: { id: true, domain: true, role: true } },
  workspace: { select: { name: true } },
  requestedBy: { select: { displayName: true, email: true } },
} as const;
