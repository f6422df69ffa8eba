// Helpers for the local-PostgreSQL tests: a scratch clone of the scripts that
// start the cluster, the real scripts/lib/postgres.sh run inside it, and
// queries through the app's pg driver.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../../..");
const pg = createRequire(path.join(repoRoot, "package.json"))("pg");

export const isRoot = process.getuid?.() === 0;

// What scripts/test.sh exports for the suites would steer the scripts under test.
const inheritedSettings = ["HF_ROOT", "HF_PG_BIN", "HF_PG_BINARIES", "HF_POSTGRES", "HF_PG_DATA_HOME", "HF_PG_DATA_DIR", "HF_PG_PORT", "HF_PG_ADMIN_URL"];

/**
 * A folder laid out like a clone, with what starting a cluster needs: scripts/lib,
 * scripts/local-postgres with its installed binaries, and the app's node_modules
 * (for pg). With closed: true its parent has mode 700, like a clone under /root.
 * dataHome stands in for /var/lib/hyperformant, so nothing is left on the machine.
 */
export function scratchClone({ closed = false } = {}) {
  const base = mkdtempSync(path.join(tmpdir(), "hf-local-pg-"));
  chmodSync(base, closed ? 0o700 : 0o755);
  const root = path.join(base, "clone");
  const dataHome = mkdtempSync(path.join(tmpdir(), "hf-local-pg-home-"));
  chmodSync(dataHome, 0o755);
  mkdirSync(path.join(root, "scripts"), { recursive: true });
  execFileSync("cp", ["-a", path.join(repoRoot, "scripts/lib"), path.join(repoRoot, "scripts/local-postgres"), path.join(root, "scripts")]);
  execFileSync("cp", [path.join(repoRoot, "package.json"), root]);
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"));
  return {
    base,
    root,
    dataHome,
    /** Runs SCRIPT in bash after sourcing the clone's scripts/lib/postgres.sh. Never throws. */
    lib(script, { env = {}, wrapper = [], timeoutMs = 60_000 } = {}) {
      return runBash(`set -euo pipefail; source scripts/lib/postgres.sh; ${script}`, {
        cwd: root,
        env: { ...cleanEnv(), HF_PG_DATA_HOME: dataHome, ...env },
        wrapper,
        timeoutMs,
      });
    },
    remove() {
      // Clusters still running are stopped by the caller (discard); this only deletes files.
      rmSync(base, { recursive: true, force: true });
      rmSync(dataHome, { recursive: true, force: true });
    },
  };
}

function cleanEnv() {
  const env = { ...process.env };
  for (const name of inheritedSettings) delete env[name];
  return env;
}

/** Runs a bash script; resolves with its exit code, stdout and stderr (killed after timeoutMs). */
export function runBash(script, { cwd, env, timeoutMs = 60_000, wrapper = [] }) {
  return new Promise((resolve) => {
    const [command, ...args] = [...wrapper, "bash", "-c", script];
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: signal ? `killed by ${signal}` : code, stdout, stderr });
    });
  });
}

/** The KEY=VALUE lines a script printed, as an object. */
export function printedValues(stdout) {
  return Object.fromEntries(
    stdout
      .split("\n")
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

// Started, then printed for the test to check: where it runs and from what.
export const startAndReport = (name) => `
  HF_PG_FSYNC=off hf_pg_start ${name}
  echo "BINARIES=$HF_PG_BINARIES"
  echo "BIN=$HF_PG_BIN"
  echo "MAJOR=$(hf_pg_binaries_major)"
  echo "DATA_DIR=$HF_PG_DATA_DIR"
  echo "PORT=$HF_PG_PORT"
  echo "DATABASE_URL=$(hf_pg_ensure_database scratch)"
`;

export async function query(databaseUrl, sql, params = []) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Resolves true when nothing accepts connections at databaseUrl any more. */
export async function refusesConnections(databaseUrl) {
  try {
    await query(databaseUrl, "SELECT 1");
    return false;
  } catch (error) {
    return /ECONNREFUSED/.test(error.message);
  }
}

/** The machine's own server binaries (as postgres.sh finds them), or undefined. */
export function systemBinaries() {
  try {
    return execFileSync("bash", ["-c", "source scripts/lib/postgres.sh; hf_pg_find_system_binaries"], {
      cwd: repoRoot,
      env: cleanEnv(),
      encoding: "utf8",
    }).trim();
  } catch {
    return undefined;
  }
}

/**
 * A command prefix under which the machine has no PostgreSQL server binaries:
 * none when it has none anyway, else a private mount namespace in which
 * /usr/lib/postgresql is an empty folder. Undefined where that cannot be done
 * (not root, no unshare, or server binaries elsewhere on PATH).
 */
export function withoutSystemPostgres() {
  if (!systemBinaries()) return [];
  if (!isRoot) return undefined;
  const wrapper = ["unshare", "--mount", "--propagation", "private", "--", "bash", "-c", 'mount -t tmpfs -o size=1m hidden /usr/lib/postgresql && exec "$@"', "hide"];
  try {
    execFileSync(wrapper[0], [...wrapper.slice(1), "bash", "-c", "source scripts/lib/postgres.sh; ! hf_pg_find_system_binaries"], {
      cwd: repoRoot,
      env: cleanEnv(),
      stdio: "ignore",
    });
    return wrapper;
  } catch {
    return undefined;
  }
}
