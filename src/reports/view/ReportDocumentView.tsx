import type { ReactNode } from "react";
import { Card, CardTitle } from "../../client/components/ui/Card";
import type { ReportDocument } from "../reportDocument";
import { reportKindLabel } from "../reportKinds";
import { ComparisonSection } from "./ComparisonSection";
import { ChangesSection, FindingsSection, SegmentSection } from "./FactSections";
import { NarrativeSections } from "./NarrativeSections";
import { SentimentSection } from "./SentimentSection";
import { SourcesList } from "./SourcesList";
import { TrendsSection } from "./TrendsSection";

function ReportCard({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card data-testid={testId}>
      <CardTitle>{title}</CardTitle>
      <div className="mt-4">{children}</div>
    </Card>
  );
}

/**
 * A completed report, as the page and the share link show it. `linkRecords`:
 * sources link to their records in the app (off for signed-out readers).
 */
export function ReportDocumentView({ document, linkRecords, chartWidth }: { document: ReportDocument; linkRecords: boolean; chartWidth?: number }) {
  const { computed, narrative } = document;
  const written = narrative.status === "written";
  return (
    <div className="space-y-6">
      <ReportCard title={document.kind === "ACCOUNT_BRIEF" ? "Who they are" : "Summary"} testId="report-lead">
        <NarrativeSections narrative={narrative} part="lead" />
      </ReportCard>
      {computed.changes && (
        <ReportCard title="What changed since the last report">
          <ChangesSection changes={computed.changes} />
        </ReportCard>
      )}
      <ReportCard title={document.kind === "ACCOUNT_BRIEF" ? "Firmographics" : "Comparison"} testId="report-comparison">
        <ComparisonSection rows={computed.comparison} chartWidth={chartWidth} />
      </ReportCard>
      <ReportCard title="Market-data trends" testId="report-trends">
        <TrendsSection trends={computed.trends} chartWidth={chartWidth} />
      </ReportCard>
      {document.kind !== "COMPETITOR" && (
        <ReportCard title="Segment">
          <SegmentSection segment={computed.segment} />
        </ReportCard>
      )}
      <ReportCard title="Sentiment" testId="report-sentiment">
        <SentimentSection sentiment={computed.sentiment} chartWidth={chartWidth} />
      </ReportCard>
      {computed.findings.length > 0 && (
        <ReportCard title={document.kind === "ACCOUNT_BRIEF" ? "Signals" : "Workflow findings"}>
          <FindingsSection findings={computed.findings} />
        </ReportCard>
      )}
      {written && (
        <ReportCard title="Analysis" testId="report-analysis">
          <NarrativeSections narrative={narrative} part="rest" />
        </ReportCard>
      )}
      <ReportCard title="Sources" testId="report-sources">
        <SourcesList sources={document.sources} linkRecords={linkRecords} />
        <p className="mt-4 border-t border-slate-100 pt-3 text-xs text-slate-500" data-testid="grounding">
          {reportKindLabel(document.kind)} · {document.grounding.claimCount} claims, {document.grounding.citedClaimCount} cited,{" "}
          {document.grounding.unverifiedNumberCount} unverified numbers
          {document.usage.model && ` · written by ${document.usage.model} (${(document.usage.promptTokens + document.usage.completionTokens).toLocaleString("en-US")} tokens${document.usage.costUsd !== null ? `, $${document.usage.costUsd.toFixed(4)}` : ""})`}
        </p>
      </ReportCard>
    </div>
  );
}
