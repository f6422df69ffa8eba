import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const serverDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.wasp/out/server");

export interface BuiltServer {
  url: string;
  /** What the server printed so far. */
  output: string[];
  /** SIGTERM (a graceful shutdown), SIGKILL if it has not exited 10 s later. */
  stop(): Promise<void>;
  /** SIGKILL at once, as when a machine dies. */
  kill(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Another process of the built server bundle (scripts/test.sh built it) on
 * `databaseUrl`, with the test run's environment plus `env`; resolves once
 * /ready answers. Its pg-boss workers take jobs from that database's queues.
 */
export async function startBuiltServer({ databaseUrl, clientOrigin, env = {} }: { databaseUrl: string; clientOrigin: string; env?: Record<string, string | undefined> }): Promise<BuiltServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ["bundle/server.js"], {
    cwd: serverDirectory,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), WASP_SERVER_URL: url, WASP_WEB_CLIENT_URL: clientOrigin, DATABASE_URL: databaseUrl, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));

  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const ended = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (exited()) return resolve();
      child.once("exit", () => resolve());
      child.kill(signal);
      if (signal !== "SIGKILL") setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    });

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited()) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}):\n${output.join("").slice(-2000)}`);
    const ready = await fetch(`${url}/ready`).then((response) => response.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not become ready:\n${output.join("").slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, output, stop: () => ended("SIGTERM"), kill: () => ended("SIGKILL") };
}
