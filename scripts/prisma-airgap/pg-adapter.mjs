// The driver adapter the WASM schema engine queries PostgreSQL through.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;

/**
 * The adapter cannot deserialize PostgreSQL's catalog types "char" and name,
 * which the engine reads while describing a schema; both are plain text.
 */
function readCatalogTypesAsText(result) {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

function withCatalogTypesAsText(queryable) {
  const query = queryable.query.bind(queryable);
  queryable.query = (...args) => {
    const pending = query(...args);
    return pending && typeof pending.then === "function" ? pending.then(readCatalogTypesAsText) : pending;
  };
  return queryable;
}

/** A pool whose promise-style queries, and those of the clients it lends, read "char"/name as text. */
function createPool(config) {
  const pool = withCatalogTypesAsText(new pg.Pool({ ...config, max: 4 }));
  const connect = pool.connect.bind(pool);
  pool.connect = (...args) => {
    if (args.length > 0) return connect(...args);
    return connect().then(withCatalogTypesAsText);
  };
  pool.on("error", () => {});
  return pool;
}

/** Separate fields, not a connection string: the shadow database must replace the database name. */
export function connectionFieldsOf(databaseUrl) {
  const url = new URL(databaseUrl);
  return {
    host: decodeURIComponent(url.hostname) || url.searchParams.get("host") || "localhost",
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres",
    ssl: ["require", "verify-ca", "verify-full"].includes(url.searchParams.get("sslmode") ?? "") ? { rejectUnauthorized: false } : undefined,
  };
}

export function createAdapterFactory(databaseUrl, { shadowDatabaseUrl } = {}) {
  const mainFields = connectionFieldsOf(databaseUrl);
  const shadowServerFields = shadowDatabaseUrl ? connectionFieldsOf(shadowDatabaseUrl) : mainFields;
  const pools = new Set();
  const track = (pool) => (pools.add(pool), pool);

  async function onShadowServer(sql) {
    const client = new pg.Client({ ...shadowServerFields, database: shadowServerFields.database });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => new PrismaPg(track(createPool(mainFields))).connect(),
    async connectToShadowDb() {
      const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
      await onShadowServer(`CREATE DATABASE "${database}"`);
      const pool = track(createPool({ ...shadowServerFields, database }));
      const adapter = await new PrismaPg(pool).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        // The pool must be closed before the database can be dropped.
        await pool.end().catch(() => {});
        pools.delete(pool);
        await onShadowServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      };
      return adapter;
    },
    async close() {
      await Promise.all([...pools].map((pool) => pool.end().catch(() => {})));
      pools.clear();
    },
  };
}
