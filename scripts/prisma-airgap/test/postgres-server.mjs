// A throwaway PostgreSQL cluster for the stand-in's tests, started from the
// installed server binaries (/usr/lib/postgresql/<n>/bin): initdb into a temp
// folder, trust auth on 127.0.0.1, a free port, the socket inside the data
// folder. initdb and pg_ctl refuse root, so as root they run as Debian's
// `postgres` user. Stopped when the process exits, whether tests pass or fail.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

function serverBinDir() {
  if (process.env.HF_PG_BIN) return process.env.HF_PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => b - a) : [];
  const found = versions.map((v) => path.join(root, v, "bin")).find((dir) => existsSync(path.join(dir, "initdb")));
  if (!found) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (set HF_PG_BIN).");
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const isRoot = process.getuid?.() === 0;

/** Runs a server binary as its owner: Debian's postgres user when we are root. */
function asOwner(binary, args) {
  const [command, commandArgs] = isRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
  return execFileSync(command, commandArgs, { stdio: ["ignore", "pipe", "pipe"], cwd: "/" });
}

/**
 * Starts a fresh cluster. Returns { adminUrl, port, dataDir, stop() }; stop() is
 * idempotent and also runs on process exit and on SIGINT/SIGTERM.
 */
export async function startPostgres() {
  const bin = serverBinDir();
  const baseDir = mkdtempSync(path.join(tmpdir(), "hf-airgap-pg-"));
  const dataDir = path.join(baseDir, "data");
  if (isRoot) {
    chmodSync(baseDir, 0o755);
    execFileSync("install", ["-d", "-o", "postgres", "-g", "postgres", "-m", "700", dataDir]);
  }
  asOwner(path.join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  let running = false;
  const stop = () => {
    if (running) {
      running = false;
      try {
        asOwner(path.join(bin, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } catch {
        // Already gone.
      }
    }
    rmSync(baseDir, { recursive: true, force: true });
    process.off("exit", stop);
  };
  const onSignal = (signal) => {
    stop();
    process.kill(process.pid, signal);
  };
  process.on("exit", stop);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    running = true;
    asOwner(path.join(bin, "pg_ctl"), [
      "-D", dataDir, "-l", path.join(dataDir, "server.log"), "-w", "-t", "60", "start",
      "-o", `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dataDir} -c fsync=off -c max_connections=200`,
    ]);
  } catch (error) {
    const log = existsSync(path.join(dataDir, "server.log")) ? readFileSync(path.join(dataDir, "server.log"), "utf8") : "";
    stop();
    throw new Error(`PostgreSQL did not start: ${error.message}\n${log.slice(-2000)}`);
  }
  return { adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`, port, dataDir, stop };
}
