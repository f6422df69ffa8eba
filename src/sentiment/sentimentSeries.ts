/**
 * Pure arithmetic behind a company's sentiment panel: the window of months it
 * covers, and the totals and monthly series from per-month sums the database
 * computes (so 10,000 mentions come back as at most a few dozen rows).
 */
export type MonthlySentimentSums = {
  /** "YYYY-MM", in UTC. */
  month: string;
  mentionCount: number;
  scoreSum: number;
  positiveCount: number;
  negativeCount: number;
};

export type SentimentMonth = {
  month: string;
  /** null for a month without mentions: the chart leaves a gap rather than draw a neutral 0. */
  averageScore: number | null;
  mentionCount: number;
};

export type SentimentTotals = {
  mentionCount: number;
  averageScore: number | null;
  positiveShare: number;
  negativeShare: number;
  neutralShare: number;
};

export const DEFAULT_SENTIMENT_MONTHS = 12;
export const MAX_SENTIMENT_MONTHS = 60;

const monthKey = (year: number, monthIndex: number) => {
  const date = new Date(Date.UTC(year, monthIndex, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
};

/** The last `months` calendar months up to and including now's (UTC), and the instant the first one starts. */
export function sentimentWindow(now: Date, months: number): { from: Date; months: string[] } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return {
    from: new Date(Date.UTC(year, month - (months - 1), 1)),
    months: Array.from({ length: months }, (_, index) => monthKey(year, month - (months - 1) + index)),
  };
}

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Every month of the window in order, empty months included, and the totals over the window. */
export function summariseSentiment(rows: MonthlySentimentSums[], months: string[]): { totals: SentimentTotals; series: SentimentMonth[] } {
  const inWindow = new Set(months);
  const byMonth = new Map(rows.filter((row) => inWindow.has(row.month)).map((row) => [row.month, row]));
  const series = months.map((month) => {
    const row = byMonth.get(month);
    return row && row.mentionCount > 0
      ? { month, averageScore: round(row.scoreSum / row.mentionCount), mentionCount: row.mentionCount }
      : { month, averageScore: null, mentionCount: 0 };
  });
  const sum = (pick: (row: MonthlySentimentSums) => number) => [...byMonth.values()].reduce((total, row) => total + pick(row), 0);
  const mentionCount = sum((row) => row.mentionCount);
  if (mentionCount === 0) {
    return { totals: { mentionCount: 0, averageScore: null, positiveShare: 0, negativeShare: 0, neutralShare: 0 }, series };
  }
  const positiveShare = round(sum((row) => row.positiveCount) / mentionCount);
  const negativeShare = round(sum((row) => row.negativeCount) / mentionCount);
  return {
    totals: {
      mentionCount,
      averageScore: round(sum((row) => row.scoreSum) / mentionCount),
      positiveShare,
      negativeShare,
      neutralShare: round(1 - positiveShare - negativeShare),
    },
    series,
  };
}
