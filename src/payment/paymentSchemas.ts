import { z } from "zod";
import { billingIntervals, creditPackIds, paidPlanIds } from "./plans";

export const checkoutInput = z
  .object({
    product: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("plan"), plan: z.enum(paidPlanIds as [string, ...string[]]), interval: z.enum(billingIntervals as [string, ...string[]]) }).strict(),
      z.object({ kind: z.literal("creditPack"), pack: z.enum(creditPackIds as [string, ...string[]]) }).strict(),
    ]),
  })
  .strict();

export const creditHistoryInput = z.object({ take: z.number().int().min(1).max(200).default(50) }).strict();
