/** Where scripts/test.sh started the built server, its database and the mail catcher. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the integration tests through scripts/test.sh.`);
  return value;
}

export const testEnvironment = {
  get serverUrl() {
    return required("HF_TEST_SERVER_URL");
  },
  get mailCatcherUrl() {
    return required("HF_TEST_MAIL_CATCHER_URL");
  },
  get databaseUrl() {
    return required("DATABASE_URL");
  },
  /** The Apollo stand-in's own origin (its API lives under /api/v1, its request log under /__stand-in). */
  /** The OpenAI stand-in's own origin (its API under /v1, its request log under /__stand-in). */
  get openAiStandInUrl() {
    return new URL(required("HF_TEST_OPENAI_URL")).origin;
  },
  /** The Stripe stand-in's origin (its API under /v1, hosted pages under /checkout and /portal, its log under /__stand-in). */
  get stripeStandInUrl() {
    return required("HF_TEST_STRIPE_URL");
  },
  /** The secret the server verifies webhooks with, so tests can sign events as Stripe does. */
  get stripeWebhookSecret() {
    return required("HF_TEST_STRIPE_WEBHOOK_SECRET");
  },
  get apolloStandInUrl() {
    return new URL(required("HF_TEST_APOLLO_URL")).origin;
  },
};
