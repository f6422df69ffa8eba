import type { ReportDocument } from "../reportDocument";
import { reportKindLabel } from "../reportKinds";
import { escapeHtml } from "../../server/email/escapeHtml";


export function reportPdfFileName(document: Pick<ReportDocument, "kind" | "subject" | "completedAt">): string {
  const subject = document.subject.name.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase() || "report";
  const date = (document.completedAt ?? new Date().toISOString()).slice(0, 10);
  return `${document.kind.toLowerCase().replace(/_/g, "-")}-${subject}-${date}.pdf`;
}

/** The email that carries a report's PDF: what it is, who asked, and a link to read it in the app. */
export function reportEmailContent(document: ReportDocument, reportUrl: string, sentBy: string | null) {
  const kind = reportKindLabel(document.kind);
  const subject = `${kind}: ${document.subject.name}`;
  const lead = document.narrative.status === "written" ? document.narrative.sections.find((section) => section.claims.length > 0)?.claims[0]?.text : undefined;
  const who = sentBy ? `${sentBy} sent you` : "Here is";
  const lines = [
    `${who} the ${kind.toLowerCase()} on ${document.subject.name} from ${document.workspaceName}, as a PDF attached.`,
    ...(lead ? ["", lead] : []),
    "",
    `Read it in Hyperformant: ${reportUrl}`,
  ];
  const html = [
    `<p>${escapeHtml(lines[0])}</p>`,
    ...(lead ? [`<blockquote>${escapeHtml(lead)}</blockquote>`] : []),
    `<p><a href="${escapeHtml(reportUrl)}">Read it in Hyperformant</a></p>`,
  ].join("\n");
  return { subject, text: lines.join("\n"), html };
}
