import type { z } from "zod";
import type { Sql } from "./db/sql";

/**
 * One setting from SystemConfig (admins edit them), read through its zod
 * schema: a missing row, or a value that no longer fits, gives the fallback.
 */
export async function readSystemConfig<S extends z.ZodType>(sql: Sql, key: string, schema: S, fallback: z.infer<S>): Promise<z.infer<S>> {
  const [row] = await sql<{ value: unknown }>(`SELECT value FROM "SystemConfig" WHERE key = $1`, [key]);
  if (!row) return fallback;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : fallback;
}
