import { z } from "zod";
import { billingIntervals, creditPackIds, paidPlanIds } from "./plans";

export const checkoutInput = z
  .object({
    product: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("plan"), plan: z.enum(paidPlanIds), interval: z.enum(billingIntervals) }).strict(),
      z.object({ kind: z.literal("creditPack"), pack: z.enum(creditPackIds) }).strict(),
    ]),
  })
  .strict();

export const creditHistoryInput = z.object({ take: z.number().int().min(1).max(200).default(50) }).strict();
