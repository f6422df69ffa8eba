// Shared helpers for the stand-in's tests: a scratch Prisma project, the real
// prisma 5.19.1 CLI pointed at the stand-in, and scratch databases.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { startPostgres } from "./postgres-server.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../../..");
export const standInPath = path.resolve(here, "../schema-engine.mjs");
const prismaCli = path.join(repoRoot, "node_modules/prisma/build/index.js");
const run = promisify(execFile);

let serverPromise;

/**
 * The admin URL of the PostgreSQL server the tests use: HF_TEST_PG_ADMIN_URL
 * when scripts/test.sh already runs one, else a throwaway cluster this test
 * process starts on first use (and stops when it exits).
 */
export async function adminUrl() {
  if (process.env.HF_TEST_PG_ADMIN_URL) return process.env.HF_TEST_PG_ADMIN_URL;
  serverPromise ??= startPostgres();
  return (await serverPromise).adminUrl;
}

async function urlForDatabase(database) {
  const url = new URL(await adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function onAdminDatabase(sql) {
  const client = new pg.Client({ connectionString: await adminUrl() });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty database; returns its URL and a function that drops it. */
export async function scratchDatabase(label) {
  const database = `airgap_${label}_${process.pid}_${Date.now()}`;
  await onAdminDatabase(`CREATE DATABASE "${database}"`);
  return {
    url: await urlForDatabase(database),
    drop: () => onAdminDatabase(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
  };
}

export async function query(databaseUrl, sql, params = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export function scratchProject() {
  const dir = mkdtempSync(path.join(tmpdir(), "hf-airgap-"));
  mkdirSync(path.join(dir, "migrations"));
  writeFileSync(path.join(dir, "migrations/migration_lock.toml"), 'provider = "postgresql"\n');
  return {
    dir,
    schemaPath: path.join(dir, "schema.prisma"),
    migrationsDir: path.join(dir, "migrations"),
    writeSchema(models) {
      writeFileSync(
        path.join(dir, "schema.prisma"),
        `datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\ngenerator client {\n  provider = "prisma-client-js"\n}\n\n${models}\n`,
      );
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The real prisma CLI with the stand-in as its schema engine. Resolves with stdout, stderr and the exit code. */
export async function prisma(args, { databaseUrl, cwd }) {
  if (!existsSync(prismaCli)) throw new Error(`${prismaCli} is missing: install the app's dependencies (prisma 5.19.1) first.`);
  const placeholder = path.join(tmpdir(), "hf-airgap-libquery-placeholder.so.node");
  writeFileSync(placeholder, "");
  try {
    const { stdout, stderr } = await run(process.execPath, [prismaCli, ...args], {
      cwd,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_SCHEMA_ENGINE_BINARY: standInPath,
        PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
        PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CI: "1",
      },
      timeout: 120_000,
    });
    return { stdout, stderr, exitCode: 0 };
  } catch (error) {
    return { stdout: error.stdout ?? "", stderr: error.stderr ?? String(error), exitCode: error.code ?? 1 };
  }
}

/** What scripts/new-migration.sh does: diff the migrations against the schema into a new folder. */
export async function createMigrationFromDiff(project, name, shadowUrl) {
  const result = await prisma(
    ["migrate", "diff", "--from-migrations", project.migrationsDir, "--to-schema-datamodel", project.schemaPath, "--shadow-database-url", shadowUrl, "--script"],
    { databaseUrl: shadowUrl, cwd: project.dir },
  );
  if (result.exitCode !== 0) throw new Error(`migrate diff failed: ${result.stderr}`);
  const folder = path.join(project.migrationsDir, name);
  mkdirSync(folder);
  writeFileSync(path.join(folder, "migration.sql"), result.stdout);
  return result.stdout;
}
