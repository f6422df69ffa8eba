/**
 * The checks a mention's fields pass wherever they come from (a CSV row today,
 * an n8n workflow later), each answering with a reason a person can act on.
 */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export const MAX_MENTION_CHARACTERS = 10_000;
export const MAX_AUTHOR_CHARACTERS = 200;
export const MAX_URL_CHARACTERS = 2_048;
const DAY_MS = 24 * 60 * 60 * 1000;
const EARLIEST_PUBLICATION = Date.UTC(1990, 0, 1);

export function mentionTextField(text: string | undefined): FieldResult<string> {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return { ok: false, reason: "The text is empty: each row needs the mention's text." };
  if (trimmed.length > MAX_MENTION_CHARACTERS) {
    return {
      ok: false,
      reason: `The text is ${trimmed.length.toLocaleString("en-US")} characters long; keep a mention under ${MAX_MENTION_CHARACTERS.toLocaleString("en-US")}.`,
    };
  }
  return { ok: true, value: trimmed };
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** "+0200" and "+02:00" as an ISO offset; none, or Z, is UTC. */
const isoOffset = (offset: string | undefined) => (!offset || offset.toUpperCase() === "Z" ? "Z" : offset.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2"));

/**
 * When the mention was published: a date (2026-03-31, taken as midnight UTC)
 * or a date and time (2026-03-31T14:05:00Z, or 2026-03-31 14:05 taken as UTC,
 * with an optional offset). Not before 1990 and not more than a day ahead
 * (clocks differ; a mention cannot be published in the future).
 */
export function publishedAtField(text: string | undefined, now: Date): FieldResult<Date> {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return { ok: false, reason: "The published_at date is empty: use YYYY-MM-DD, for example 2026-03-31." };
  const match = datePattern.exec(trimmed);
  if (!match) return { ok: false, reason: `"${trimmed}" is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, for example 2026-03-31.` };
  const [, year, month, day, hours = "00", minutes = "00", seconds = "00", fraction = "", offset] = match;
  // new Date() rolls 2026-02-30 over to March: check the calendar day and the clock ourselves.
  const calendarDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const realDay = calendarDay.getUTCMonth() === Number(month) - 1 && calendarDay.getUTCDate() === Number(day);
  const realTime = Number(hours) <= 23 && Number(minutes) <= 59 && Number(seconds) <= 59;
  const date = new Date(`${year}-${month}-${day}T${hours}:${minutes}:${seconds}${fraction}${isoOffset(offset)}`);
  if (!realDay || !realTime || Number.isNaN(date.getTime())) return { ok: false, reason: `"${trimmed}" is not a real date.` };
  if (date.getTime() < EARLIEST_PUBLICATION) return { ok: false, reason: `"${trimmed}" is before 1990; check the published_at column.` };
  if (date.getTime() > now.getTime() + DAY_MS) return { ok: false, reason: `"${trimmed}" is in the future; a mention's published_at is when it appeared.` };
  return { ok: true, value: date };
}

/** An optional link to the mention: http or https only (never javascript: and the like), since the page links it. */
export function mentionUrlField(text: string | undefined): FieldResult<string | null> {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return { ok: true, value: null };
  if (trimmed.length > MAX_URL_CHARACTERS) return { ok: false, reason: `The url is longer than ${MAX_URL_CHARACTERS.toLocaleString("en-US")} characters.` };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, reason: `"${trimmed}" is not a URL: write it in full, for example https://www.g2.com/products/acme/reviews.` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, reason: `"${trimmed}" is not a web link: only http and https URLs are kept.` };
  }
  if (!url.hostname.includes(".")) return { ok: false, reason: `"${trimmed}" has no domain name.` };
  return { ok: true, value: url.toString() };
}

export function optionalTextField(text: string | undefined, column: string, maxCharacters: number): FieldResult<string | null> {
  const trimmed = (text ?? "").trim().replace(/\s+/g, " ");
  if (trimmed === "") return { ok: true, value: null };
  if (trimmed.length > maxCharacters) return { ok: false, reason: `The ${column} is longer than ${maxCharacters} characters.` };
  return { ok: true, value: trimmed };
}
