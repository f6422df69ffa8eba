import { createHash } from "node:crypto";
import { LEXICON_SCORER, lexiconScore } from "../lexiconSentiment";

/**
 * A mention as it is stored: a MarketIntelligence row of kind SENTIMENT,
 * titled, keyed for de-duplication and scored by the lexicon. The CSV import
 * and the demo seed both build their rows here, so the same mention always
 * gets the same key and the same score.
 */
export interface Mention {
  companyId: string;
  text: string;
  sourceName: string | null;
  sourceUrl: string | null;
  author: string | null;
  publishedAt: Date;
}

export interface MentionRecord {
  kind: "SENTIMENT";
  companyId: string;
  title: string;
  content: string;
  sourceName: string | null;
  sourceUrl: string | null;
  author: string | null;
  observedAt: Date;
  sentimentScore: number;
  lexiconScore: number;
  sentimentScoredBy: string;
  dedupeKey: string;
}

const TITLE_MAX_CHARACTERS = 80;

/** Runs of spaces, tabs and line breaks count as one space: a re-exported file often rewraps text. */
export function normaliseMentionText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The first words of the text, cut between words, with an ellipsis when cut. */
export function mentionTitle(text: string): string {
  const normalised = normaliseMentionText(text);
  if (normalised.length <= TITLE_MAX_CHARACTERS) return normalised;
  const cut = normalised.slice(0, TITLE_MAX_CHARACTERS - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > TITLE_MAX_CHARACTERS / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:!?-]+$/, "")}…`;
}

/**
 * The same mention (company, text, publication time, link) has the same key
 * wherever it comes from, so importing a file twice, or the seed after an
 * import, adds it once. "sentiment:" keeps it apart from other kinds' keys.
 */
export function mentionDedupeKey(mention: Pick<Mention, "companyId" | "text" | "publishedAt" | "sourceUrl">): string {
  const hash = createHash("sha256")
    .update([mention.companyId, normaliseMentionText(mention.text), mention.publishedAt.toISOString(), mention.sourceUrl ?? ""].join("\u0000"))
    .digest("hex");
  return `sentiment:${hash}`;
}

export function mentionRecord(mention: Mention): MentionRecord {
  // Paragraphs stay in the stored text; only the key and the title fold whitespace.
  const text = mention.text.trim().replace(/\r\n?/g, "\n");
  const score = lexiconScore(text);
  return {
    kind: "SENTIMENT",
    companyId: mention.companyId,
    title: mentionTitle(text),
    content: text,
    sourceName: mention.sourceName,
    sourceUrl: mention.sourceUrl,
    author: mention.author,
    observedAt: mention.publishedAt,
    sentimentScore: score,
    lexiconScore: score,
    sentimentScoredBy: LEXICON_SCORER,
    dedupeKey: mentionDedupeKey(mention),
  };
}
