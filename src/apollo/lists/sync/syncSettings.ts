import { z } from "zod";
import type { Sql } from "../../../server/db/sql";
import { readSystemConfig } from "../../../server/systemConfig";

export const DEFAULT_SYNC_INTERVAL_MINUTES = 6 * 60;
export const SYNC_INTERVAL_CONFIG_KEY = "apollo.syncIntervalMinutes";
/** From every 15 minutes to once a week. */
export const syncIntervalMinutesSchema = z.number().int().min(15).max(7 * 24 * 60);

/** A list's own interval, else the one in SystemConfig, else every 6 hours. */
export async function syncIntervalMinutesOf(sql: Sql, listInterval: number | null): Promise<number> {
  if (listInterval !== null) return listInterval;
  return readSystemConfig(sql, SYNC_INTERVAL_CONFIG_KEY, syncIntervalMinutesSchema, DEFAULT_SYNC_INTERVAL_MINUTES);
}
