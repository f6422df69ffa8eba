import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";

export const run = promisify(execFile);
export const repoRoot = new URL("../../", import.meta.url).pathname;

export function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through scripts/test.sh.`);
  return value;
}

export async function sql<Row extends Record<string, unknown>>(databaseUrl: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

export function databaseUrlFor(name: string): string {
  const url = new URL(required("HF_TEST_PG_ADMIN_URL"));
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createEmptyDatabase(label: string): Promise<{ url: string; drop: () => Promise<unknown> }> {
  const name = `ops_${label}_${Date.now()}`;
  await sql(required("HF_TEST_PG_ADMIN_URL"), `CREATE DATABASE "${name}"`);
  return {
    url: databaseUrlFor(name),
    drop: () => sql(required("HF_TEST_PG_ADMIN_URL"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Runs the built server bundle with ENV and resolves with its exit code and output. */
export function runBuiltServer(env: Record<string, string>, timeoutMs: number) {
  return new Promise<{ exitCode: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ["bundle/server.js"], {
      cwd: `${repoRoot}.wasp/out/server`,
      env: { PATH: process.env.PATH ?? "", ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, output });
    });
  });
}
