import type { CompanyRole } from "../../companies/companyEnums";
import { assertUnreachable } from "../../shared/assertUnreachable";
import type { ReportKind } from "../reportKinds";

/** Why a company cannot have a report of this kind yet (what to do first), or undefined when it can. */
export function reportIneligibility(kind: ReportKind, company: { name: string; role: CompanyRole }, competitorCount: number): string | undefined {
  switch (kind) {
    case "MARKET":
      return undefined;
    case "COMPETITOR":
      return competitorCount > 0 ? undefined : `${company.name} has no linked competitors yet: add at least one on its competitor map first.`;
    case "ACCOUNT_BRIEF":
      return company.role === "PROSPECT" ? undefined : `Account briefs are for prospects: mark ${company.name} as a prospect first, or ask for a market report.`;
    default:
      return assertUnreachable(kind);
  }
}
