import { z } from "zod";
import { findSecretProblems } from "./secrets/productionSecrets";
import { apolloEnvSchema } from "../apollo/apolloEnv";
import { llmEnvSchema } from "../llm/llmEnv";
import { reportsEnvSchema } from "../reports/reportsEnv";
import { sentimentEnvSchema } from "../sentiment/sentimentEnv";
import { workspacesEnvSchema } from "../workspaces/workspacesEnv";
import { companiesEnvSchema } from "../companies/companiesEnv";
import { paymentEnvSchema } from "../payment/paymentEnv";
import { analyticsEnvSchema } from "../analytics/analyticsEnv";
import { workflowsEnvSchema } from "../workflows/workflowsEnv";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * Hyperformant's own server settings; Wasp validates them at start-up. In
 * production the server also refuses missing or weak secrets, naming each one.
 */
export const serverEnvSchema = z
  .object({
    ADMIN_EMAILS: z.string().optional(),
    HYPERFORMANT_PRISMA_ENGINE: z.enum(["native", "wasm"]).optional(),
    HYPERFORMANT_ENCRYPTION_KEY: z.string().optional(),
    AUTH_RATE_LIMIT_WINDOW_SECONDS: positiveInt(15 * 60),
    // See src/server/authRateLimits.ts: requests per IP; failed logins per IP, per (IP, email), per email.
    AUTH_RATE_LIMIT_PER_IP: positiveInt(60),
    AUTH_RATE_LIMIT_FAILURES_PER_IP: positiveInt(20),
    AUTH_RATE_LIMIT_FAILURES_PER_IP_AND_EMAIL: positiveInt(5),
    AUTH_RATE_LIMIT_PER_EMAIL: positiveInt(50),
    LOG_RETENTION_DAYS: positiveInt(30),
    SHUTDOWN_GRACE_SECONDS: positiveInt(25),
  })
  .extend(apolloEnvSchema.shape)
  .extend(llmEnvSchema.shape)
  .extend(reportsEnvSchema.shape)
  .extend(sentimentEnvSchema.shape)
  .extend(workspacesEnvSchema.shape)
  .extend(companiesEnvSchema.shape)
  .extend(paymentEnvSchema.shape)
  .extend(analyticsEnvSchema.shape)
  .extend(workflowsEnvSchema.shape)
  .superRefine((_parsed, context) => {
    if (process.env.NODE_ENV !== "production") return;
    for (const { name, problem } of findSecretProblems(process.env)) {
      context.addIssue({ code: "custom", path: [name], message: `${name} ${problem}` });
    }
  });
