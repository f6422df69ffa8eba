import type { MentionFacts, ReportInputData } from "../gathering/reportInputData";
import type { CompanySentiment, MentionHighlight, SentimentSection } from "../reportDocument";
import { quoteOf } from "../sources/buildSources";
import type { SourceIndex } from "../sources/sourceIndex";

/** Per company: counts, average, shares and the monthly series; the mentions quoted at either end. */
export function sentimentSection(data: ReportInputData, index: SourceIndex, companyName: Map<string, string>): SentimentSection {
  const companies: CompanySentiment[] = data.sentiment.map((facts) => ({
    companyId: facts.companyId,
    companyName: companyName.get(facts.companyId) ?? "Unknown company",
    isSubject: facts.companyId === data.subject.id,
    mentionCount: facts.mentionCount,
    averageScore: facts.averageScore,
    positiveShare: facts.mentionCount === 0 ? 0 : facts.positiveCount / facts.mentionCount,
    negativeShare: facts.mentionCount === 0 ? 0 : facts.negativeCount / facts.mentionCount,
    monthly: facts.monthly,
    sourceNumber: index.numberOf("sentimentSummary", facts.companyId) ?? null,
  }));
  const highlight = (mention: MentionFacts): MentionHighlight => ({
    mentionId: mention.id,
    companyId: mention.companyId,
    companyName: companyName.get(mention.companyId) ?? "Unknown company",
    text: quoteOf(mention.text),
    sourceName: mention.sourceName,
    author: mention.author,
    url: mention.url,
    publishedAt: mention.publishedAt.toISOString(),
    score: mention.score,
    sourceNumber: index.requireNumberOf("mention", mention.id),
  });
  return {
    companies,
    mostPositive: data.mentions.mostPositive.map(highlight),
    mostNegative: data.mentions.mostNegative.map(highlight),
  };
}
