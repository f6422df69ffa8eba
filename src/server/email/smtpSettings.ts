import { z } from "zod";
import { emptyAsUnset } from "../envValues";

/**
 * The SMTP settings Wasp's own email sender uses, parsed once, for mail Wasp's
 * sender cannot send (attachments). Unset host: mail with attachments is off.
 */
const smtpEnvSchema = z.object({
  SMTP_HOST: z.preprocess(emptyAsUnset, z.string().optional()),
  SMTP_PORT: z.preprocess(emptyAsUnset, z.coerce.number().int().positive().default(587)),
  SMTP_USERNAME: z.preprocess(emptyAsUnset, z.string().optional()),
  SMTP_PASSWORD: z.preprocess(emptyAsUnset, z.string().optional()),
  EMAIL_FROM_ADDRESS: z.preprocess(emptyAsUnset, z.string().email().default("hello@hyperformant.app")),
});

export type SmtpSettings = { host: string; port: number; username?: string; password?: string; from: string };

export function smtpSettingsFrom(environment: Record<string, string | undefined>): SmtpSettings | undefined {
  const parsed = smtpEnvSchema.parse(environment);
  if (!parsed.SMTP_HOST) return undefined;
  return { host: parsed.SMTP_HOST, port: parsed.SMTP_PORT, username: parsed.SMTP_USERNAME, password: parsed.SMTP_PASSWORD, from: parsed.EMAIL_FROM_ADDRESS };
}

let cached: SmtpSettings | undefined | null = null;

/** The server's settings, read from its environment once. */
export function serverSmtpSettings(): SmtpSettings | undefined {
  if (cached === null) cached = smtpSettingsFrom(process.env);
  return cached;
}
