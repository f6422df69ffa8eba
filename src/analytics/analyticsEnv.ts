import { z } from "zod";

const optionalText = z.string().trim().min(1).optional();

export const analyticsEnvSchema = z.object({
  // Page views one IP may report per minute; more is a burst (a script, not a reader) and is dropped.
  PAGE_VIEWS_PER_MINUTE_PER_IP: z.coerce.number().int().positive().default(60),
  // Raw page views are kept this many days, then pruned; their daily roll-up (PageViewSource) stays.
  PAGE_VIEW_RETENTION_DAYS: z.coerce.number().int().min(2).max(3650).default(30),
  // With both set, page views and visitors come from Plausible's stats API instead of our own events.
  PLAUSIBLE_API_KEY: optionalText,
  PLAUSIBLE_SITE_ID: optionalText,
  PLAUSIBLE_BASE_URL: z.string().url().default("https://plausible.io"),
});
