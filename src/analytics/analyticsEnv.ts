import { z } from "zod";

export const analyticsEnvSchema = z.object({
  // Page views one IP may report per minute; more is a burst (a script, not a reader) and is dropped.
  PAGE_VIEWS_PER_MINUTE_PER_IP: z.coerce.number().int().positive().default(60),
});
