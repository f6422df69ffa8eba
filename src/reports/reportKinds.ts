import { assertUnreachable } from "../shared/assertUnreachable";

/** Report enums and their labels, shared by the server, the pages and the PDF (no Node-only imports). */
export const reportKinds = ["MARKET", "COMPETITOR", "ACCOUNT_BRIEF"] as const;
export type ReportKind = (typeof reportKinds)[number];

export const reportStatuses = ["QUEUED", "GATHERING", "ANALYSING", "RENDERING", "COMPLETED", "FAILED"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** Statuses of a report that has not ended yet. */
export const activeReportStatuses = ["QUEUED", "GATHERING", "ANALYSING", "RENDERING"] as const satisfies readonly ReportStatus[];

export function isActiveReportStatus(status: ReportStatus): boolean {
  return (activeReportStatuses as readonly ReportStatus[]).includes(status);
}

export function reportKindLabel(kind: ReportKind): string {
  switch (kind) {
    case "MARKET":
      return "Market report";
    case "COMPETITOR":
      return "Competitor report";
    case "ACCOUNT_BRIEF":
      return "Account brief";
    default:
      return assertUnreachable(kind);
  }
}

export function reportKindDescription(kind: ReportKind): string {
  switch (kind) {
    case "MARKET":
      return "The segment, market-data trends, positioning, sentiment, SWOT, risks and recommendations.";
    case "COMPETITOR":
      return "The company against its linked competitors, dimension by dimension.";
    case "ACCOUNT_BRIEF":
      return "Who they are, their firmographics, signals in their data and talking points for a first call.";
    default:
      return assertUnreachable(kind);
  }
}

export function reportStatusLabel(status: ReportStatus): string {
  switch (status) {
    case "QUEUED":
      return "Queued";
    case "GATHERING":
      return "Gathering sources";
    case "ANALYSING":
      return "Analysing";
    case "RENDERING":
      return "Rendering";
    case "COMPLETED":
      return "Completed";
    case "FAILED":
      return "Failed";
    default:
      return assertUnreachable(status);
  }
}
