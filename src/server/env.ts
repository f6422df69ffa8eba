import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Hyperformant's own server settings; Wasp validates them at start-up. */
export const serverEnvSchema = z.object({
  ADMIN_EMAILS: z.string().optional(),
  HYPERFORMANT_PRISMA_ENGINE: z.enum(["native", "wasm"]).optional(),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: positiveInt(15 * 60),
  AUTH_RATE_LIMIT_PER_IP: positiveInt(60),
  AUTH_RATE_LIMIT_PER_EMAIL: positiveInt(10),
});
