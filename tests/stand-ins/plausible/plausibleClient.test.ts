import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plausibleTrafficOf } from "../../../src/analytics/plausible/plausibleClient";
import { startPlausibleStandIn } from "./plausibleStandIn";

const day = "2026-11-30";
let standIn: Awaited<ReturnType<typeof startPlausibleStandIn>>;
let limited: Awaited<ReturnType<typeof startPlausibleStandIn>>;

beforeAll(async () => {
  const days = { [day]: { visitors: 9, sources: { "Direct / None": { visitors: 5, pageviews: 11 }, Google: { visitors: 3, pageviews: 4 }, "news.ycombinator.com": { visitors: 2, pageviews: 2 } } } };
  standIn = await startPlausibleStandIn({ apiKey: "plausible-key", siteId: "hyperformant.app", days });
  limited = await startPlausibleStandIn({ apiKey: "plausible-key", siteId: "hyperformant.app", days, rateLimit: 1 });
});
afterAll(async () => {
  await standIn.close();
  await limited.close();
});

const config = () => ({ baseUrl: standIn.url, apiKey: "plausible-key", siteId: "hyperformant.app" });

describe("plausibleTrafficOf against the Plausible stand-in", () => {
  it("reads a day's visitors and page views, in all and by source (Plausible's direct named as ours)", async () => {
    const traffic = await plausibleTrafficOf(config(), day);
    expect(traffic).toEqual({
      visitors: 9,
      pageViews: 17,
      sources: [
        { source: "direct", visitors: 5, views: 11 },
        { source: "Google", visitors: 3, views: 4 },
        { source: "news.ycombinator.com", visitors: 2, views: 2 },
      ],
    });
    expect(standIn.received.at(-1)).toEqual({ site_id: "hyperformant.app", metrics: ["visitors", "pageviews"], date_range: [day, day], dimensions: ["visit:source"] });
  });

  it("a day without traffic is zero, with no sources", async () => {
    expect(await plausibleTrafficOf(config(), "2026-11-01")).toEqual({ visitors: 0, pageViews: 0, sources: [] });
  });

  it("a bad key, another site and the rate limit fail with Plausible's answer", async () => {
    await expect(plausibleTrafficOf({ ...config(), apiKey: "wrong" }, day)).rejects.toThrow(/Plausible answered 401: .*Invalid API key/);
    await expect(plausibleTrafficOf({ ...config(), siteId: "other.site" }, day)).rejects.toThrow(/Plausible answered 400: .*Invalid site_id/);
    await expect(plausibleTrafficOf({ ...config(), baseUrl: limited.url }, day)).rejects.toThrow(/Plausible answered 429/);
  });
});
