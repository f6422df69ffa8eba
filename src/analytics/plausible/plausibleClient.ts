import { z } from "zod";
import type { DayTraffic } from "../stats/dayTraffic";

export type PlausibleConfig = { baseUrl: string; apiKey: string; siteId: string; timeoutMs?: number };

// POST /api/v2/query answers { results: [{ metrics: [...], dimensions: [...] }], meta, query }.
const queryResponse = z.object({
  results: z.array(z.object({ metrics: z.array(z.number()), dimensions: z.array(z.string()) })),
});

// Plausible names visits without a referrer "Direct / None"; our own events call them "direct".
const sourceName = (plausibleSource: string) => (plausibleSource === "Direct / None" ? "direct" : plausibleSource);

/**
 * One UTC day's page views and visitors, in all and by source, from
 * Plausible's stats API (v2). Throws with Plausible's answer when it refuses
 * (a bad key: 401; over its rate limit: 429) or answers something else.
 */
export async function plausibleTrafficOf(config: PlausibleConfig, day: string): Promise<DayTraffic> {
  const [total] = await query(config, day, []);
  const bySource = await query(config, day, ["visit:source"]);
  return {
    visitors: total?.metrics[0] ?? 0,
    pageViews: total?.metrics[1] ?? 0,
    sources: bySource.map((row) => ({ source: sourceName(row.dimensions[0] ?? "direct"), visitors: row.metrics[0] ?? 0, views: row.metrics[1] ?? 0 })),
  };
}

async function query(config: PlausibleConfig, day: string, dimensions: string[]) {
  const response = await fetch(new URL("/api/v2/query", config.baseUrl), {
    method: "POST",
    headers: { authorization: `Bearer ${config.apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({ site_id: config.siteId, metrics: ["visitors", "pageviews"], date_range: [day, day], dimensions }),
    signal: AbortSignal.timeout(config.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`Plausible answered ${response.status}: ${text.slice(0, 200)}`);
  const parsed = queryResponse.safeParse(parsedJson(text));
  if (!parsed.success) throw new Error(`Plausible's answer is not a stats result: ${parsed.error.message}`);
  return parsed.data.results;
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
