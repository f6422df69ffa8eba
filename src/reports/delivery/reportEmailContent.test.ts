import { describe, expect, it } from "vitest";
import { reportEmailContent, reportPdfFileName } from "./reportEmailContent";

describe("the report email", () => {
  it("names the PDF after the kind, subject and day, safely", () => {
    expect(reportPdfFileName({ kind: "ACCOUNT_BRIEF", subject: { name: "Société Générale / \"Paris\"", companyId: null, domain: null, role: null }, completedAt: "2026-11-30T10:00:00Z" })).toBe(
      "account-brief-societe-generale-paris-2026-11-30.pdf",
    );
  });

  it("escapes the subject in the HTML and links to the report", () => {
    const content = reportEmailContent(
      {
        kind: "MARKET",
        subject: { name: "<Acme>", companyId: "c1", domain: null, role: null },
        workspaceName: "Team",
        narrative: { status: "not_configured", message: "off" },
      } as never,
      "https://app.example/app/reports/r1",
      "Ada",
    );
    expect(content.subject).toBe("Market report: <Acme>");
    expect(content.html).toContain("&#60;Acme&#62;");
    expect(content.html).not.toContain("<Acme>");
    expect(content.text).toContain("Ada sent you the market report on <Acme> from Team");
    expect(content.text).toContain("https://app.example/app/reports/r1");
  });
});
