import { useState } from "react";
import { deleteMention, getCompanySentiment, useQuery } from "wasp/client/operations";
import { Alert } from "../client/components/ui/Alert";
import { Card, CardTitle } from "../client/components/ui/Card";
import { errorMessageOf } from "../client/operationErrors";
import { MentionsCsvUpload } from "./import/MentionsCsvUpload";
import { MentionList } from "./MentionList";
import type { CompanySentiment, ListedMention } from "./operations";
import { SentimentChart } from "./SentimentChart";
import { countOf, formatScore, formatShare } from "./sentimentFormat";

/** A company's sentiment: the trend of its mentions, the best and worst of them, and the CSV import that adds more. */
export function CompanySentimentSection({ companyId, chartWidth }: { companyId: string; chartWidth?: number }) {
  const { data: sentiment, isLoading, error, refetch } = useQuery(getCompanySentiment, { companyId });
  const [removeError, setRemoveError] = useState<string | null>(null);
  const refresh = () => void refetch();

  async function remove(mention: ListedMention) {
    setRemoveError(null);
    try {
      await deleteMention({ id: mention.id });
      refresh();
    } catch (caught) {
      setRemoveError(errorMessageOf(caught, "The mention could not be removed; try again."));
    }
  }

  return (
    <Card id="sentiment" className="scroll-mt-24">
      <CardTitle>Sentiment</CardTitle>
      {isLoading && <p className="mt-3 text-slate-500">Loading mentions…</p>}
      {error && <div className="mt-3"><Alert tone="error">Sentiment could not be loaded.</Alert></div>}
      {removeError && <div className="mt-3"><Alert tone="error">{removeError}</Alert></div>}
      {sentiment && <CompanySentimentSummary sentiment={sentiment} chartWidth={chartWidth} onRemove={(mention) => void remove(mention)} />}
      <div className="mt-6 border-t border-slate-100 pt-4">
        <MentionsCsvUpload companyId={companyId} onImported={refresh} />
      </div>
    </Card>
  );
}

function CompanySentimentSummary({ sentiment, chartWidth, onRemove }: { sentiment: CompanySentiment; chartWidth?: number; onRemove: (mention: ListedMention) => void }) {
  if (sentiment.mentionCount === 0) {
    return (
      <p className="mt-3 text-sm text-slate-500" data-testid="sentiment-empty">
        No mentions in the last {sentiment.months} months. Import a CSV of reviews, posts and articles below, one row per mention with
        its <code>text</code> and <code>published_at</code> date (and optionally <code>source</code>, <code>url</code> and <code>author</code>):
        each is scored for sentiment as it is imported.
      </p>
    );
  }
  return (
    <>
      <p className="mt-2 text-sm text-slate-600" data-testid="sentiment-totals">
        {countOf(sentiment.mentionCount, "mention")} in the last {sentiment.months} months · average{" "}
        {sentiment.averageScore === null ? "—" : formatScore(sentiment.averageScore)} · {formatShare(sentiment.positiveShare)} positive,{" "}
        {formatShare(sentiment.negativeShare)} negative
      </p>
      <div className="mt-3">
        <SentimentChart series={sentiment.series} width={chartWidth} />
      </div>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <MentionList title="Most positive" mentions={sentiment.mostPositive} emptyText="No positive mentions in this period." onRemove={onRemove} />
        <MentionList title="Most negative" mentions={sentiment.mostNegative} emptyText="No negative mentions in this period." onRemove={onRemove} />
      </div>
    </>
  );
}
