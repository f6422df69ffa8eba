import { z } from "zod";

const DAY_MS = 24 * 60 * 60 * 1000;

export const metricName = z.string().trim().min(1, "Name the metric, for example Website visits.").max(80, "Keep the metric name under 80 characters.");
export const metricUnit = z.string().trim().max(20, "Keep the unit under 20 characters.");

/** A point's date: not before 1900 and not more than a day ahead (clocks differ; forecasts are not observations). */
export const observedAtField = z.coerce
  .date({ message: "Enter the date the value was observed, for example 2026-03-31." })
  .refine((date) => date.getTime() >= Date.UTC(1900, 0, 1), "That date is before 1900.")
  .refine((date) => date.getTime() <= Date.now() + DAY_MS, "That date is in the future; record values once they are observed.");

const companyId = z.string().uuid("Unknown company.");

export const companyMarketDataInput = z.object({ companyId }).strict();

export const addMarketDataPointInput = z
  .object({
    companyId,
    metric: metricName,
    value: z.number({ message: "Enter a number." }).finite("Enter a finite number."),
    unit: metricUnit.optional(),
    observedAt: observedAtField,
  })
  .strict();

export const marketDataPointIdInput = z.object({ id: z.string().uuid("Unknown data point.") }).strict();

export type AddMarketDataPointInput = {
  companyId: string;
  metric: string;
  value: number;
  unit?: string;
  observedAt: Date | string;
};
