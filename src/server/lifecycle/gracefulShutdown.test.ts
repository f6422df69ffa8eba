import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { installGracefulShutdown } from "./gracefulShutdown";

const silentLogger = { info: () => {}, error: () => {} };

async function listening(handler: http.RequestListener) {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("graceful shutdown", () => {
  it("lets the in-flight request finish, runs each step in order, then exits 0", async () => {
    const { server, url } = await listening((_req, res) => setTimeout(() => res.end("finished"), 150));
    const order: string[] = [];
    let exitCode: number | undefined;
    const shutdown = installGracefulShutdown({
      server,
      steps: [
        { name: "jobs", run: async () => void order.push("jobs") },
        { name: "database", run: async () => void order.push("database") },
      ],
      graceMs: 2_000,
      logger: silentLogger,
      exit: (code) => (exitCode = code),
      signals: [],
    });
    const inFlight = fetch(url).then((response) => response.text());
    await new Promise((resolve) => setTimeout(resolve, 30));
    await shutdown.shutDown("test");
    expect(await inFlight).toBe("finished");
    expect(shutdown.isShuttingDown()).toBe(true);
    expect(order).toEqual(["jobs", "database"]);
    expect(exitCode).toBe(0);
  });

  it("exits 1 when the steps overrun the grace period", async () => {
    const { server } = await listening((_req, res) => res.end());
    let exitCode: number | undefined;
    const shutdown = installGracefulShutdown({
      server,
      steps: [{ name: "stuck job", run: () => new Promise(() => {}) }],
      graceMs: 50,
      logger: silentLogger,
      exit: (code) => (exitCode = code),
      signals: [],
    });
    await shutdown.shutDown("test");
    expect(exitCode).toBe(1);
  });
});
