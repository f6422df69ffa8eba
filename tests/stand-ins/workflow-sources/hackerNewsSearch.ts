import type { ServerResponse } from "node:http";
import { json } from "../shared/httpHelpers.ts";

/**
 * Hacker News search (Algolia's public API) GET /api/v1/search as
 * documented: no key, ?query=&tags=&hitsPerPage=, and { hits: [...], nbHits,
 * page, nbPages, hitsPerPage, query, params }; a bad hitsPerPage is a 400
 * { message, status }. A query with "Outage" in it gets a 503.
 */
export const HN_SEARCH_PATH = "/api/v1/search";

export function answerHackerNewsSearch(res: ServerResponse, url: URL) {
  const query = url.searchParams.get("query") ?? "";
  const hitsPerPage = Number(url.searchParams.get("hitsPerPage") ?? 20);
  if (!Number.isInteger(hitsPerPage) || hitsPerPage < 0 || hitsPerPage > 1000) return json(res, 400, { message: "Invalid value for hitsPerPage parameter, expected an integer between 0 and 1000", status: 400 });
  if (/outage/i.test(query)) return json(res, 503, { message: "Service Unavailable", status: 503 });
  const hits = (/quiet/i.test(query) ? [] : hitsAbout(query)).slice(0, hitsPerPage);
  return json(res, 200, { hits, nbHits: hits.length, page: 0, nbPages: hits.length > 0 ? 1 : 0, hitsPerPage, exhaustiveNbHits: true, query, params: url.search.slice(1), processingTimeMS: 1 });
}

function hitsAbout(company: string) {
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
  const hit = (objectID: string, daysAgo: number, fields: object) => ({
    created_at: at(daysAgo).toISOString(),
    created_at_i: Math.floor(at(daysAgo).getTime() / 1000),
    author: `hn_user_${objectID.slice(-2)}`,
    objectID,
    _tags: ["comment", `author_hn_user_${objectID.slice(-2)}`, "story_41000000"],
    ...fields,
  });
  return [
    hit("41000101", 1, { comment_text: `We moved to ${company} last year and it&#x27;s been <i>excellent</i>: great support, fast and reliable.`, story_id: 41000000, story_title: `Ask HN: Which tools do you love?`, parent_id: 41000000, points: null, title: null, url: null, story_text: null }),
    hit("41000102", 3, { comment_text: `${company} raised prices again and the app is buggy and slow. Disappointing, terrible experience.`, story_id: 41000000, story_title: `Ask HN: Which tools do you love?`, parent_id: 41000000, points: null, title: null, url: null, story_text: null }),
  ];
}
