import { env } from "wasp/server";
import { plausibleTrafficOf } from "../plausible/plausibleClient";
import type { DayTraffic } from "./dayTraffic";

/** The day's traffic from Plausible when it is configured; otherwise undefined (our own page views count). */
export async function externalTrafficOf(day: string): Promise<DayTraffic | undefined> {
  if (!env.PLAUSIBLE_API_KEY || !env.PLAUSIBLE_SITE_ID) return undefined;
  return plausibleTrafficOf({ baseUrl: env.PLAUSIBLE_BASE_URL, apiKey: env.PLAUSIBLE_API_KEY, siteId: env.PLAUSIBLE_SITE_ID }, day);
}
