/**
 * What a production server must be given, and how strong it must be. The
 * server refuses to start in production while any problem remains, naming
 * each variable (src/server/env.ts runs this inside Wasp's env validation).
 */
export interface SecretProblem {
  name: string;
  problem: string;
}

type Env = Record<string, string | undefined>;

const placeholderValues = new Set(["secret", "changeme", "change-me", "password", "test", "dev", "jwt_secret", "todo"]);

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== "";

function isBase64Of32Bytes(value: string): boolean {
  return /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, "base64").length === 32;
}

/** https anywhere; plain http only where nothing crosses the internet: loopback, or Fly's private network (.internal, .flycast). */
export function isPrivateOrHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === "https:") return true;
    return url.protocol === "http:" && (["127.0.0.1", "localhost", "[::1]"].includes(url.hostname) || /\.(internal|flycast)$/.test(url.hostname));
  } catch {
    return false;
  }
}

/** Every secret the server needs today, each with its rule. */
const requiredSecrets: Array<{ name: string; check: (value: string) => string | undefined }> = [
  {
    name: "JWT_SECRET",
    check: (value) =>
      value.length < 32 || placeholderValues.has(value.toLowerCase())
        ? "must be at least 32 random characters (generate one with: openssl rand -base64 48)"
        : undefined,
  },
  {
    name: "HYPERFORMANT_ENCRYPTION_KEY",
    check: (value) =>
      isBase64Of32Bytes(value)
        ? undefined
        : "must be 32 random bytes in base64, the key that seals users' third-party API keys (generate one with: openssl rand -base64 32)",
  },
  {
    name: "SMTP_PASSWORD",
    check: (value) => (placeholderValues.has(value.toLowerCase()) ? "looks like a placeholder" : undefined),
  },
];

/** Secrets of integrations: optional until configured, checked for shape once set. */
const optionalSecrets: Array<{ name: string; check: (value: string, env: Env) => string | undefined }> = [
  { name: "STRIPE_API_KEY", check: (v) => (/^(sk|rk)_(live|test)_[A-Za-z0-9]{10,}$/.test(v) ? undefined : "must be a Stripe secret key (sk_live_… or sk_test_…)") },
  { name: "STRIPE_WEBHOOK_SECRET", check: (v) => (/^whsec_[A-Za-z0-9+/=]{16,}$/.test(v) ? undefined : "must be a Stripe webhook signing secret (whsec_…)") },
  {
    name: "OPENAI_API_KEY",
    // Other OpenAI-compatible providers (Azure, OpenRouter, vLLM) have keys of their own shapes.
    check: (v, env) =>
      present(env.OPENAI_BASE_URL)
        ? v.length >= 8 && !placeholderValues.has(v.toLowerCase()) ? undefined : "must be the provider's API key (8+ characters, no placeholder)"
        : /^sk-[A-Za-z0-9_-]{20,}$/.test(v) ? undefined : "must be an OpenAI API key (sk-…), or set OPENAI_BASE_URL for another provider",
  },
  { name: "N8N_WEBHOOK_SECRET", check: (v) => (v.length >= 32 ? undefined : "must be at least 32 random characters (shared with the n8n companion)") },
  { name: "N8N_URL", check: (v) => (isPrivateOrHttpsUrl(v) ? undefined : "must be the https URL of the n8n companion (plain http only on loopback or Fly's private network)") },
];

export function findSecretProblems(env: Env): SecretProblem[] {
  const problems: SecretProblem[] = [];
  for (const { name, check } of requiredSecrets) {
    const value = env[name];
    if (!present(value)) {
      problems.push({ name, problem: "is missing" });
      continue;
    }
    const problem = check(value);
    if (problem) problems.push({ name, problem });
  }
  for (const { name, check } of optionalSecrets) {
    const value = env[name];
    if (!present(value)) continue;
    const problem = check(value, env);
    if (problem) problems.push({ name, problem });
  }
  return problems;
}
