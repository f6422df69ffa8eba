import { z } from "zod";
import { emptyAsUnset } from "../server/envValues";

export const workflowsEnvSchema = z.object({
  // The n8n companion's root URL (its production webhooks are <N8N_URL>/webhook/<path>) and the secret shared with it:
  // the Header Auth value of its Webhook nodes and the HMAC key of triggers and callbacks.
  N8N_URL: z.preprocess(emptyAsUnset, z.string().url().optional()),
  N8N_WEBHOOK_SECRET: z.preprocess(emptyAsUnset, z.string().min(16).optional()),
  // Tries of a trigger while n8n is unreachable or answers 5xx, the first retry's delay (doubling after), and each try's timeout.
  N8N_TRIGGER_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  N8N_TRIGGER_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  N8N_TRIGGER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});
