/**
 * Text for the places a PDF keeps in full Unicode (document information, bookmarks), which are
 * UTF-16: a lone surrogate there makes readers choke, and control characters mean nothing.
 */
export function wellFormedUnicode(text: string): string {
  return text
    .toWellFormed()
    .replace(/[\r\n\t]+/g, " ")
    .replace(/\p{Cc}/gu, "");
}
