import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "../../client/components/ChartFrame";
import type { MentionHighlight, SentimentSection as SentimentData } from "../reportDocument";
import { CitationLinks } from "./Citations";

const palette = ["#f59e0b", "#4f46e5", "#0ea5e9", "#10b981", "#ef4444", "#8b5cf6", "#14b8a6", "#f97316", "#64748b", "#db2777", "#84cc16", "#0891b2"];
// The subject is first and keeps the amber; past 12 companies colours repeat.
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Sentiment per company over time, and the mentions at either end of the scale. */
export function SentimentSection({ sentiment, chartWidth }: { sentiment: SentimentData; chartWidth?: number }) {
  const companies = sentiment.companies.filter((company) => company.mentionCount > 0);
  if (companies.length === 0) return <p className="text-sm text-slate-500">No mentions of these companies yet: import them on a company's page.</p>;
  const months = [...new Set(companies.flatMap((company) => company.monthly.map((point) => point.month)))].sort();
  const data = months.map((month) => {
    const row: Record<string, string | number> = { month };
    for (const company of companies) {
      const point = company.monthly.find((candidate) => candidate.month === month);
      if (point) row[company.companyId] = Number(point.averageScore.toFixed(3));
    }
    return row;
  });
  return (
    <div className="space-y-6">
      <div role="img" aria-label={`Sentiment over ${months.length} months for ${companies.length} companies`}>
        <ChartFrame width={chartWidth} height={240}>
          {(size) => (
            <LineChart {...size} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis domain={[-1, 1]} tickCount={5} width={40} />
              <ReferenceLine y={0} stroke="#94a3b8" />
              <Tooltip />
              <Legend />
              {companies.map((company, index) => (
                <Line key={company.companyId} dataKey={company.companyId} name={company.companyName} stroke={palette[index % palette.length]} connectNulls dot={false} isAnimationActive={false} />
              ))}
            </LineChart>
          )}
        </ChartFrame>
      </div>
      <table className="min-w-full text-left text-sm" aria-label="Sentiment by company">
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-1 pr-3">Company</th>
            <th className="py-1 pr-3 text-right">Mentions</th>
            <th className="py-1 pr-3 text-right">Average</th>
            <th className="py-1 pr-3 text-right">Positive</th>
            <th className="py-1 pr-3 text-right">Negative</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {companies.map((company) => (
            <tr key={company.companyId} className={company.isSubject ? "font-medium" : undefined}>
              <td className="py-1 pr-3">{company.companyName}{company.sourceNumber !== null && <CitationLinks numbers={[company.sourceNumber]} />}</td>
              <td className="py-1 pr-3 text-right">{company.mentionCount.toLocaleString("en-US")}</td>
              <td className="py-1 pr-3 text-right">{company.averageScore === null ? "—" : company.averageScore.toFixed(2)}</td>
              <td className="py-1 pr-3 text-right">{percent(company.positiveShare)}</td>
              <td className="py-1 pr-3 text-right">{percent(company.negativeShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid gap-4 md:grid-cols-2">
        <MentionList title="Most positive" mentions={sentiment.mostPositive} />
        <MentionList title="Most negative" mentions={sentiment.mostNegative} />
      </div>
    </div>
  );
}

function MentionList({ title, mentions }: { title: string; mentions: MentionHighlight[] }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      {mentions.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">None.</p>
      ) : (
        <ul className="mt-2 space-y-3 text-sm">
          {mentions.map((mention) => (
            <li key={mention.mentionId}>
              <blockquote className="text-slate-800">“{mention.text}”<CitationLinks numbers={[mention.sourceNumber]} /></blockquote>
              <p className="text-xs text-slate-500">
                {mention.companyName} · {[mention.author, mention.sourceName].filter(Boolean).join(", ") || "unknown source"} · {mention.publishedAt.slice(0, 10)} · score {mention.score.toFixed(2)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
