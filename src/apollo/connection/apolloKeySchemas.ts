import { z } from "zod";

export const saveApolloApiKeyInput = z
  .object({
    apiKey: z
      .string()
      .trim()
      .min(10, "That is too short to be an Apollo API key; copy it from Apollo's Settings → API keys.")
      .max(200, "That is too long to be an Apollo API key.")
      .regex(/^[A-Za-z0-9_-]+$/, "An Apollo API key has only letters, digits, - and _."),
  })
  .strict();

export type SaveApolloApiKeyInput = z.input<typeof saveApolloApiKeyInput>;
