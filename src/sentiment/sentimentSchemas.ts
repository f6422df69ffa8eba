import { z } from "zod";
import { DEFAULT_SENTIMENT_MONTHS, MAX_SENTIMENT_MONTHS } from "./sentimentSeries";

export const companySentimentInput = z
  .object({
    companyId: z.string().uuid("Unknown company."),
    months: z
      .number({ message: "Give the number of months as a whole number." })
      .int("Give the number of months as a whole number.")
      .min(1, "Ask for at least one month.")
      .max(MAX_SENTIMENT_MONTHS, `Ask for at most ${MAX_SENTIMENT_MONTHS} months.`)
      .default(DEFAULT_SENTIMENT_MONTHS),
  })
  .strict();

export const mentionIdInput = z.object({ id: z.string().uuid("Unknown mention.") }).strict();

/** The import's query string: ?companyId=<uuid> for a file of one company's mentions. */
export const mentionImportQuery = z.object({ companyId: z.string().uuid("Unknown company.").optional() });

export type CompanySentimentInput = z.input<typeof companySentimentInput>;
