import { z } from "zod";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A UTC calendar day as "YYYY-MM-DD". */
export const statsDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A day is written YYYY-MM-DD.")
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), "That day is not in the calendar.");

/** The roll-up jobs' arguments: none when scheduled; a day standing in for today when run by hand. */
export const statsJobArgs = z.object({ today: statsDay.optional() }).strict().default({});
export type StatsJobArgs = z.infer<typeof statsJobArgs>;

/** The UTC day an instant belongs to. */
export const utcDayOf = (at: Date): string => at.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return utcDayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Days from first to last, both included (empty when last is before first). */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The days the daily roll-up closes, oldest first: every day before today
 * after the last closed one; with none closed yet, from the first day with
 * data. A long outage is caught up to at most maxDays, the most recent.
 */
export function daysToClose(input: { today: string; lastClosedDay: string | null; firstDataDay: string | null; maxDays: number }): string[] {
  const yesterday = addDays(input.today, -1);
  const first = input.lastClosedDay ? addDays(input.lastClosedDay, 1) : input.firstDataDay;
  if (!first) return [];
  const earliestAllowed = addDays(input.today, -input.maxDays);
  return daysBetween(first < earliestAllowed ? earliestAllowed : first, yesterday);
}

/** A figure's change from the day before; null when there is no day before to compare with. */
export function changeFrom(current: number, previous: number | null | undefined): number | null {
  return previous === null || previous === undefined ? null : current - previous;
}

/** Instants from the start of `from` to the end of `to` (UTC days, both included; either may be open), as a Prisma date filter. */
export function utcDayRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { lt: new Date(`${addDays(to, 1)}T00:00:00Z`) } : {}),
  };
}

/** For a zod refine: a range whose first day is not after its last (either may be open). */
export const daysInOrder = (from: string | undefined, to: string | undefined) => !from || !to || from <= to;
export const DAYS_IN_ORDER_MESSAGE = "The first day comes before the last.";
