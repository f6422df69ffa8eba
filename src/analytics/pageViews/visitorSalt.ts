import { randomBytes } from "node:crypto";
import type { Sql } from "../../server/db/sql";

let cached: { day: string; salt: string } | undefined;

/**
 * The day's salt for visitor hashes, the same on every server process: the
 * first view of a day stores a random one (the first writer wins) and deletes
 * the days before, so yesterday's visitors can no longer be recomputed.
 */
export async function saltOfDay(sql: Sql, day: string): Promise<string> {
  if (cached?.day === day) return cached.salt;
  await sql(`INSERT INTO "PageViewSalt" (day, salt) VALUES ($1::date, $2) ON CONFLICT (day) DO NOTHING`, [day, randomBytes(32).toString("hex")]);
  await sql(`DELETE FROM "PageViewSalt" WHERE day < $1::date`, [day]);
  const [row] = await sql<{ salt: string }>(`SELECT salt FROM "PageViewSalt" WHERE day = $1::date`, [day]);
  cached = { day, salt: row.salt };
  return row.salt;
}
