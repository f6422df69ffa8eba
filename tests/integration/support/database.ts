import pg from "pg";
import { afterAll } from "vitest";
import { testEnvironment } from "./testEnvironment";

let pool: pg.Pool | undefined;

/** Direct SQL on the test database, to check what an HTTP call really wrote. */
export function testDatabase(): pg.Pool {
  if (!pool) {
    pool = new pg.Pool({ connectionString: testEnvironment.databaseUrl, max: 2 });
    afterAll(async () => {
      await pool?.end();
      pool = undefined;
    });
  }
  return pool;
}

export async function queryRows<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const result = await testDatabase().query(sql, params);
  return result.rows as Row[];
}
