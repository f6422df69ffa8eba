import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { json, rawBody } from "../shared/httpHelpers.ts";

/** One day's traffic the stand-in serves: per source, as Plausible names sources. */
export type StandInDay = Record<string, { visitors: number; pageviews: number }>;
export type StandInOptions = {
  apiKey: string;
  siteId: string;
  /** day -> source -> figures; a day's site-wide visitors are given apart (a visitor can come by two sources). */
  days: Record<string, { visitors: number; sources: StandInDay }>;
  /** Requests allowed before answering 429 (Plausible: 600 an hour per key). */
  rateLimit?: number;
};

const METRICS = new Set(["visitors", "pageviews", "visits", "bounce_rate", "visit_duration", "views_per_visit", "events"]);
const DIMENSIONS = new Set(["visit:source", "event:page", "visit:country", "visit:device"]);

/**
 * Plausible's stats API v2 (POST /api/v2/query) on 127.0.0.1, as documented:
 * Bearer key (401 otherwise), a site the key may read (400), metrics and
 * dimensions it knows (400 naming the bad one), date_range as [from, to]
 * dates, a rate limit (429), and results as { metrics: [...], dimensions: [...] }
 * in the order the metrics were asked.
 */
export async function startPlausibleStandIn(options: StandInOptions) {
  let requests = 0;
  const received: unknown[] = [];
  const server = createServer(async (req, res) => {
    if (req.method !== "POST" || req.url !== "/api/v2/query") return json(res, 404, { error: "Not found" });
    if (req.headers.authorization !== `Bearer ${options.apiKey}`) return json(res, 401, { error: "Invalid API key or site ID. Please make sure you're using a valid API key with access to the site you've requested." });
    requests += 1;
    if (options.rateLimit !== undefined && requests > options.rateLimit) return json(res, 429, { error: "Too many API requests. Your API key is limited to 600 requests per hour." });
    let body: { site_id?: unknown; metrics?: unknown; date_range?: unknown; dimensions?: unknown };
    try {
      body = JSON.parse((await rawBody(req)).toString("utf8"));
    } catch {
      return json(res, 400, { error: "#: Invalid JSON" });
    }
    received.push(body);
    if (body.site_id !== options.siteId) return json(res, 400, { error: `Invalid site_id: ${String(body.site_id)}` });
    const metrics = Array.isArray(body.metrics) ? (body.metrics as string[]) : [];
    const unknownMetric = metrics.find((metric) => !METRICS.has(metric));
    if (metrics.length === 0 || unknownMetric) return json(res, 400, { error: `#/metrics: Invalid metric ${JSON.stringify(unknownMetric ?? null)}` });
    const dimensions = Array.isArray(body.dimensions) ? (body.dimensions as string[]) : [];
    const unknownDimension = dimensions.find((dimension) => !DIMENSIONS.has(dimension));
    if (unknownDimension) return json(res, 400, { error: `#/dimensions/0: Invalid dimension "${unknownDimension}"` });
    const range = body.date_range;
    if (!Array.isArray(range) || range.length !== 2 || range.some((day) => typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) || range[0] !== range[1]) {
      return json(res, 400, { error: "#/date_range: Invalid date range (the stand-in serves single days)" });
    }
    const day = options.days[range[0]] ?? { visitors: 0, sources: {} };
    const figure = (metric: string, values: { visitors: number; pageviews: number }) => (metric === "visitors" ? values.visitors : metric === "pageviews" ? values.pageviews : 0);
    if (dimensions.length === 0) {
      const pageviews = Object.values(day.sources).reduce((sum, source) => sum + source.pageviews, 0);
      return json(res, 200, { results: [{ metrics: metrics.map((metric) => figure(metric, { visitors: day.visitors, pageviews })), dimensions: [] }], meta: {}, query: body });
    }
    if (dimensions[0] !== "visit:source") return json(res, 200, { results: [], meta: {}, query: body });
    const results = Object.entries(day.sources).map(([source, values]) => ({ metrics: metrics.map((metric) => figure(metric, values)), dimensions: [source] }));
    return json(res, 200, { results, meta: {}, query: body });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
