import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { clientOrigin } from "./httpClient";
import { testEnvironment } from "./testEnvironment";

export interface SecondServer {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
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
 * Another instance of the built server on the same database, as a second Fly
 * machine would be: its pg-boss workers take jobs from the same queues.
 */
export async function startSecondServer(): Promise<SecondServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ["bundle/server.js"], {
    cwd: ".wasp/out/server",
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      WASP_SERVER_URL: url,
      WASP_WEB_CLIENT_URL: clientOrigin(),
      DATABASE_URL: testEnvironment.databaseUrl,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the second server exited (${child.exitCode}):\n${output.join("").slice(-2000)}`);
    const ready = await fetch(`${url}/ready`).then((response) => response.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the second server did not become ready:\n${output.join("").slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}
