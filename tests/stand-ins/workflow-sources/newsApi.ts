import type { IncomingMessage, ServerResponse } from "node:http";
import { json } from "../shared/httpHelpers.ts";

/**
 * NewsAPI.org's GET /v2/everything as documented: the key in X-Api-Key (or
 * ?apiKey=), 401 apiKeyMissing / apiKeyInvalid, 400 parametersMissing without
 * q, and { status: "ok", totalResults, articles: [...] }. Its articles are
 * about whatever company q names; a company whose name has "Outage" in it
 * gets a 500 unexpectedError, "Quiet" gets no articles.
 */
export const NEWS_API_PATH = "/v2/everything";

const error = (res: ServerResponse, status: number, code: string, message: string) => json(res, status, { status: "error", code, message });

export function answerNewsSearch(req: IncomingMessage, res: ServerResponse, url: URL, apiKey: string) {
  const given = (req.headers["x-api-key"] as string | undefined) ?? url.searchParams.get("apiKey") ?? undefined;
  if (!given) return error(res, 401, "apiKeyMissing", "Your API key is missing. Append this to the URL with the apiKey param, or use the x-api-key HTTP header.");
  if (given !== apiKey) return error(res, 401, "apiKeyInvalid", "Your API key is invalid or incorrect. Check your key, or go to https://newsapi.org to create a free API key.");
  const q = url.searchParams.get("q")?.trim();
  if (!q) return error(res, 400, "parametersMissing", "Required parameters are missing. Please set any of the following parameters and try again: q, qInTitle, sources, domains.");
  const company = q.replace(/^"|"$/g, "");
  if (/outage/i.test(company)) return error(res, 500, "unexpectedError", "This shouldn't happen, and if it does then it's our fault, not yours. Try the request again shortly.");
  const articles = /quiet/i.test(company) ? [] : articlesAbout(company);
  const pageSize = Math.min(100, Math.max(1, Number(url.searchParams.get("pageSize") ?? 100)));
  return json(res, 200, { status: "ok", totalResults: articles.length, articles: articles.slice(0, pageSize) });
}

function articlesAbout(company: string) {
  const slug = company.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const article = (source: string, title: string, description: string, path: string, daysAgo: number) => ({
    source: { id: null, name: source },
    author: "Staff writer",
    title,
    description,
    url: `https://news.example.test/${slug}/${path}`,
    urlToImage: null,
    publishedAt: day(daysAgo),
    content: `${description} [+1200 chars]`,
  });
  return [
    article("TechCrunch", `${company} raises $40M Series B to expand in Europe`, `The round was led by existing investors.`, "series-b", 2),
    article("The Verge", `${company} launches usage-based pricing for its API`, `Customers pay per call from next month.`, "pricing", 4),
    article("Business Insider", `${company} is hiring 50 engineers in Berlin`, `The company plans to double its headcount.`, "hiring", 6),
    article("Reuters", `${company} CEO speaks at a industry conference`, `A keynote on the state of the market.`, "keynote", 8),
  ];
}
