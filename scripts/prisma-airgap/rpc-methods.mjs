// Prisma 5.19's CLI speaks the native engine's JSON-RPC dialect (paths to a
// migrations folder, one schema per call); the 7.x WASM engine wants the
// migrations as data and filters. Each handler translates one method.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { connectionFieldsOf } from "./pg-adapter.mjs";
import { readMigrationList, writeMigration } from "./migrations-dir.mjs";
import { datasourceUrlOf, sanitizeSchemaFiles } from "./schema-files.mjs";
import { destructiveSteps, evaluateDestructiveSteps, migrationStatements } from "./data-loss.mjs";

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * The WASM engine cannot replay the migration history inside createMigration
 * and evaluateDataLoss ("PostgreSQL shadow DB must be provided through an
 * external factory"), though diff can. Those two fall back to a diff.
 */
async function unlessShadowDbUnsupported(nativeCall, fallback) {
  try {
    return await nativeCall();
  } catch (error) {
    if (!/shadow DB must be provided through an external factory/.test(String(error?.message))) throw error;
    return fallback();
  }
}

async function migrationScriptFor(engine, migrationsList, schema) {
  const { stdout } = await engine.diff({
    from: { tag: "migrations", ...migrationsList },
    to: { tag: "schemaDatamodel", files: schema.files },
    script: true,
    exitCode: null,
    filters: noFilters,
  });
  const script = stdout ?? "";
  return /This is an empty migration/.test(script) || migrationStatements(script).length === 0 ? "" : script;
}

/** Prisma's migration folder names: UTC YYYYMMDDHHMMSS_name. */
export function migrationFolderName(name, now = new Date()) {
  const timestamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return name ? `${timestamp}_${name}` : timestamp;
}

function schemaContainer(schema) {
  return { files: sanitizeSchemaFiles(schema?.files ?? []) };
}

function diffTarget(target) {
  switch (target?.tag) {
    case "migrations":
      return { tag: "migrations", ...readMigrationList(target.path) };
    case "schemaDatamodel":
    case "schemaDatasource": {
      const files = sanitizeSchemaFiles(target.files ?? target.schema?.files ?? []);
      return { tag: target.tag, files, configDir: path.dirname(files[0]?.path ?? process.cwd()) };
    }
    case "url":
    case "empty":
      return target;
    default:
      throw new Error(`Unsupported diff target: ${JSON.stringify(target?.tag)}`);
  }
}

/** Runs WORK on a connection to DATABASE_URL, or to another DATABASE on the same server. */
async function withServerConnection(databaseUrl, database, work) {
  const fields = connectionFieldsOf(databaseUrl);
  const client = new pg.Client(database ? { ...fields, database } : fields);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL named by the datasource block of schema files sent with a request, if any. */
function urlOfSchemaFiles(files) {
  return (files ?? []).map((file) => datasourceUrlOf(file.content)).find(Boolean);
}

function urlOfDatasourceParam(datasource, session) {
  if (datasource?.tag === "ConnectionString") return datasource.url;
  return urlOfSchemaFiles(datasource?.files) ?? session.databaseUrl();
}

/**
 * handlers[method](params, session) -> result. `session.engine(options)` lazily
 * builds the WASM engine for a database URL; `session.print(text)` asks the CLI
 * to print (what the native engine did for `migrate diff`).
 */
export const handlers = {
  async getDatabaseVersion(_params, session) {
    return withServerConnection(session.databaseUrl(), undefined, async (client) => {
      const { rows } = await client.query("SELECT version()");
      return rows[0].version;
    });
  },

  async ensureConnectionValidity(params, session) {
    const url = urlOfDatasourceParam(params?.datasource, session);
    await withServerConnection(url, undefined, (client) => client.query("SELECT 1"));
    return {};
  },

  async createDatabase(params, session) {
    const url = urlOfDatasourceParam(params?.datasource, session);
    const { database } = connectionFieldsOf(url);
    await withServerConnection(url, "postgres", async (client) => {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
    });
    return { databaseName: database };
  },

  async applyMigrations(params, session) {
    const engine = await session.engine();
    return engine.applyMigrations({ migrationsList: readMigrationList(params.migrationsDirectoryPath), filters: noFilters });
  },

  async createMigration(params, session) {
    const engine = await session.engine();
    const migrationsList = readMigrationList(params.migrationsDirectoryPath);
    const schema = schemaContainer(params.schema);
    const draft = Boolean(params.draft);
    const migrationName = params.migrationName ?? "";
    const output = await unlessShadowDbUnsupported(
      () => engine.createMigration({ draft, migrationName, migrationsList, schema, filters: noFilters }),
      async () => {
        const script = await migrationScriptFor(engine, migrationsList, schema);
        return {
          connectorType: "postgresql",
          generatedMigrationName: migrationFolderName(migrationName),
          migrationScript: script || draft ? script || "-- This is an empty migration." : null,
          extension: "sql",
        };
      },
    );
    if (output.migrationScript === null || output.migrationScript === undefined) {
      return { generatedMigrationName: null };
    }
    writeMigration(params.migrationsDirectoryPath, output);
    return { generatedMigrationName: output.generatedMigrationName };
  },

  async devDiagnostic(params, session) {
    const engine = await session.engine();
    return engine.devDiagnostic({ migrationsList: readMigrationList(params.migrationsDirectoryPath), filters: noFilters });
  },

  async diagnoseMigrationHistory(params, session) {
    const engine = await session.engine();
    return engine.diagnoseMigrationHistory({
      migrationsList: readMigrationList(params.migrationsDirectoryPath),
      optInToShadowDatabase: Boolean(params.optInToShadowDatabase),
      filters: noFilters,
    });
  },

  async evaluateDataLoss(params, session) {
    const engine = await session.engine();
    const migrationsList = readMigrationList(params.migrationsDirectoryPath);
    const schema = schemaContainer(params.schema);
    return unlessShadowDbUnsupported(
      () => engine.evaluateDataLoss({ migrationsList, schema, filters: noFilters }),
      async () => {
        const script = await migrationScriptFor(engine, migrationsList, schema);
        const { warnings, unexecutableSteps } = await withServerConnection(session.databaseUrl(), undefined, (client) =>
          evaluateDestructiveSteps(destructiveSteps(script), client),
        );
        return { migrationSteps: migrationStatements(script).length, warnings, unexecutableSteps };
      },
    );
  },

  async listMigrationDirectories(params) {
    const baseDir = path.resolve(params.migrationsDirectoryPath);
    const migrations = existsSync(baseDir)
      ? readdirSync(baseDir).filter((entry) => statSync(path.join(baseDir, entry)).isDirectory()).sort()
      : [];
    return { migrations };
  },

  async markMigrationApplied(params, session) {
    const engine = await session.engine();
    return engine.markMigrationApplied({
      migrationName: params.migrationName,
      migrationsList: readMigrationList(params.migrationsDirectoryPath),
    });
  },

  async markMigrationRolledBack(params, session) {
    const engine = await session.engine();
    return engine.markMigrationRolledBack({ migrationName: params.migrationName });
  },

  async reset(_params, session) {
    const engine = await session.engine();
    await engine.reset({ filter: noFilters });
    return {};
  },

  async schemaPush(params, session) {
    const engine = await session.engine();
    return engine.schemaPush({ force: Boolean(params.force), schema: schemaContainer(params.schema), filters: noFilters });
  },

  async dbExecute(params, session) {
    const source = params.datasourceType;
    const url = source?.tag === "url" ? source.url : (urlOfSchemaFiles(source?.files ?? source?.schema?.files) ?? session.databaseUrl());
    await withServerConnection(url, undefined, async (client) => {
      if (params.script?.trim()) await client.query(params.script);
    });
    return {};
  },

  async diff(params, session) {
    const from = diffTarget(params.from);
    const to = diffTarget(params.to);
    const targets = [params.from, params.to];
    const targetUrl =
      targets.find((target) => target?.tag === "url")?.url ??
      urlOfSchemaFiles(targets.find((target) => target?.tag === "schemaDatasource")?.files);
    const engine = await session.engine({ databaseUrl: targetUrl, shadowDatabaseUrl: params.shadowDatabaseUrl });
    const result = await engine.diff({
      from,
      to,
      script: Boolean(params.script),
      exitCode: params.exitCode ?? null,
      filters: noFilters,
    });
    if (result.stdout) await session.print(result.stdout);
    return { exitCode: result.exitCode };
  },
};
