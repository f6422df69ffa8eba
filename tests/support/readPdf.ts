import { inflateSync } from "node:zlib";
import { extractText, getDocumentProxy, getMeta } from "unpdf";

/** A rendered PDF read back the way a reader's viewer sees it, for assertions in tests. */
export interface ReadPdf {
  pageCount: number;
  /** Each page's text, whitespace collapsed to single spaces (wrapped lines join with a space). */
  pages: string[];
  /** Every page's text, in order. */
  text: string;
  info: Record<string, unknown>;
  /** The outline (bookmarks) titles, in order. */
  outline: string[];
}

export const collapseWhitespace = (text: string) => text.replace(/\s+/g, " ").trim();

export async function readPdf(pdf: Uint8Array): Promise<ReadPdf> {
  // pdf.js may take over the buffer it is given: hand it a copy.
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(proxy, { mergePages: false });
  const pages = text.map(collapseWhitespace);
  const { info } = await getMeta(proxy);
  const outline = ((await proxy.getOutline()) ?? []).map((item) => item.title);
  return { pageCount: proxy.numPages, pages, text: pages.join(" "), info, outline };
}

/** The decompressed content of every stream in the file (page contents, fonts' dictionaries...). */
export function inflatedStreams(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf).toString("latin1");
  const streams: string[] = [];
  for (const match of raw.matchAll(/\/FlateDecode[^]*?>>\s*stream\r?\n([^]*?)\r?\nendstream/g)) {
    try {
      streams.push(inflateSync(Buffer.from(match[1], "latin1")).toString("latin1"));
    } catch {
      // Not every stream is a content stream; one that does not inflate is not ours to count.
    }
  }
  return streams;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
