// n8n's cursor pagination: each page is { data: [...], nextCursor: string | null }.

/**
 * Calls fetchPage(cursor) from the first page (cursor undefined) until nextCursor is empty,
 * and returns every item. Stops with an error on a repeated cursor or after maxPages pages,
 * so a misbehaving server cannot loop it forever.
 */
export async function collectAllPages(fetchPage, { maxPages = 1000 } = {}) {
  const items = [];
  const seenCursors = new Set();
  let cursor;
  for (let page = 1; page <= maxPages; page += 1) {
    const { data, nextCursor } = await fetchPage(cursor);
    items.push(...data);
    if (nextCursor === null || nextCursor === undefined || nextCursor === "") return items;
    if (seenCursors.has(nextCursor)) throw new Error(`the server returned the same nextCursor twice (${nextCursor})`);
    seenCursors.add(nextCursor);
    cursor = nextCursor;
  }
  throw new Error(`stopped after ${maxPages} pages: the server keeps returning a nextCursor`);
}
