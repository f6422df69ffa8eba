import { createHash } from "node:crypto";
import type { Prisma } from "@prisma/client";
import pg from "pg";

/**
 * Plain SQL with positional parameters, run by whichever client the caller
 * holds: a Prisma transaction (jobs and operations) or a `pg` client (the
 * payments webhook, whose load a Prisma round trip per statement cannot
 * carry). The same statements serve both.
 */
export type Sql = <Row = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<Row[]>;

export function sqlOfPrisma(tx: Pick<Prisma.TransactionClient, "$queryRawUnsafe">): Sql {
  return (text, params = []) => tx.$queryRawUnsafe(text, ...params);
}

/** A `timestamp(3)` value as PostgreSQL stores Prisma's DateTime: UTC, without a zone, whatever the machine's. */
export function utcTimestamp(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}

let pool: pg.Pool | undefined;

/** A small pool of its own for hot paths, on the server's database. */
export function hotPathPool(onIdleConnectionError: (error: Error) => void = () => {}): pg.Pool {
  if (!pool) {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
    pool.on("error", onIdleConnectionError);
  }
  return pool;
}

const statementNames = new Map<string, string>();

/** Named statements are parsed and planned once per connection, not on every call. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `hf_${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** Single statements on the pool (each its own transaction), named so each is planned once per connection. */
export function pooledSql(db: pg.Pool): Sql {
  return async (text, params = []) => (await db.query({ name: statementName(text), text, values: params })).rows;
}

/** Runs `work` in one transaction on a pooled `pg` client: committed when it returns, rolled back when it throws. */
export async function inPgTransaction<T>(db: pg.Pool, work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const result = await work(async (text, params = []) => (await client.query({ name: statementName(text), text, values: params })).rows);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
