import { normaliseDomain } from "../../shared/domainName";
import { assertUnreachable } from "../../shared/assertUnreachable";
import { readCsvRecords, type CsvLayout } from "../../server/uploads/csvRecords";
import type { Mention } from "../mentions/mentionRecord";
import { canonicalSourceName, MAX_SOURCE_NAME_CHARACTERS } from "../mentions/mentionSources";
import { MAX_AUTHOR_CHARACTERS, mentionTextField, mentionUrlField, optionalTextField, publishedAtField } from "../mentions/mentionFields";

/** A file that cannot be imported at all: no text column, empty, too many rows. Nothing of it is kept. */
export class MentionCsvFormatError extends Error {}

export type MentionCsvRecord = { line: number; ok: true; mention: Mention } | { line: number; ok: false; reason: string };

type Column = "text" | "source" | "url" | "author" | "publishedAt" | "company";

const aliases: Record<Column, string[]> = {
  text: ["text", "content", "mention", "body", "review"],
  source: ["source", "source name", "site", "platform"],
  url: ["url", "link", "source url", "permalink"],
  author: ["author", "by", "user", "username"],
  publishedAt: ["published_at", "published at", "published", "date", "posted at"],
  company: ["company", "company domain", "domain"],
};

/**
 * Which companies the rows may be about: any of the workspace's, named by
 * domain; or, for a file of one company's mentions, that one (rows may leave
 * the company out, and may not name another).
 */
export type MentionCompanies =
  | { kind: "byDomain"; companyIdByDomain: ReadonlyMap<string, string> }
  | { kind: "one"; id: string; domain: string };

export interface MentionCsvOptions {
  maxRows: number;
  companies: MentionCompanies;
  now?: Date;
}

function layoutFor(companies: MentionCompanies): CsvLayout<Column> {
  const forOneCompany = companies.kind === "one";
  const describe = forOneCompany
    ? "A mentions import needs a header row with text and published_at columns, and optionally source, url, author and company."
    : "A mentions import needs a header row with text, published_at and company (the company's domain) columns, and optionally source, url and author.";
  return {
    aliases,
    required: forOneCompany ? ["text", "publishedAt"] : ["text", "publishedAt", "company"],
    describe,
    formatError: (message) => new MentionCsvFormatError(message),
  };
}

/**
 * Streams the rows of an uploaded mentions CSV (text, source, url, author,
 * published_at, company), each validated on its own: a bad row comes back
 * with its line and reason and the rest carry on. Throws MentionCsvFormatError
 * for a file without the needed columns, or with more than maxRows rows.
 */
export async function* readMentionCsv(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  options: MentionCsvOptions,
): AsyncGenerator<MentionCsvRecord> {
  const now = options.now ?? new Date();
  let rows = 0;
  for await (const record of readCsvRecords(source, layoutFor(options.companies))) {
    rows += 1;
    if (rows > options.maxRows) {
      throw new MentionCsvFormatError(`The file has more than ${options.maxRows.toLocaleString("en-US")} rows; split it and import the parts separately.`);
    }
    yield record.ok ? validateMentionRow(record.line, record.values, options, now) : record;
  }
}

function validateMentionRow(line: number, values: Partial<Record<Column, string>>, options: MentionCsvOptions, now: Date): MentionCsvRecord {
  const reject = (reason: string): MentionCsvRecord => ({ line, ok: false, reason });
  const text = mentionTextField(values.text);
  if (!text.ok) return reject(text.reason);
  const publishedAt = publishedAtField(values.publishedAt, now);
  if (!publishedAt.ok) return reject(publishedAt.reason);
  const url = mentionUrlField(values.url);
  if (!url.ok) return reject(url.reason);
  const sourceName = optionalTextField(values.source, "source", MAX_SOURCE_NAME_CHARACTERS);
  if (!sourceName.ok) return reject(sourceName.reason);
  const author = optionalTextField(values.author, "author", MAX_AUTHOR_CHARACTERS);
  if (!author.ok) return reject(author.reason);
  const companyId = companyOfRow(values.company, options.companies);
  if (!companyId.ok) return reject(companyId.reason);
  return {
    line,
    ok: true,
    mention: {
      companyId: companyId.value,
      text: text.value,
      sourceName: sourceName.value === null ? null : canonicalSourceName(sourceName.value),
      sourceUrl: url.value,
      author: author.value,
      publishedAt: publishedAt.value,
    },
  };
}

function companyOfRow(value: string | undefined, companies: MentionCompanies): { ok: true; value: string } | { ok: false; reason: string } {
  if (!value) {
    if (companies.kind === "one") return { ok: true, value: companies.id };
    return { ok: false, reason: "The company is empty: give the domain of a company you track, for example acme.com." };
  }
  const domain = normaliseDomain(value);
  if (!domain.ok) return { ok: false, reason: `"${value}" is not a company domain: ${domain.reason}` };
  switch (companies.kind) {
    case "one":
      if (domain.domain === companies.domain) return { ok: true, value: companies.id };
      return { ok: false, reason: `This row is about ${domain.domain}, but the file is being imported for ${companies.domain}.` };
    case "byDomain": {
      const companyId = companies.companyIdByDomain.get(domain.domain);
      if (!companyId) return { ok: false, reason: `No company with the domain ${domain.domain} in your workspace: add it on the Companies page first.` };
      return { ok: true, value: companyId };
    }
    default:
      return assertUnreachable(companies);
  }
}
