import type { Server } from "node:http";

export interface ShutdownStep {
  name: string;
  run: () => Promise<unknown>;
}

export interface ShutdownLogger {
  info: (fields: object, message: string) => void;
  error: (fields: object, message: string) => void;
}

export interface GracefulShutdown {
  isShuttingDown: () => boolean;
  /** What a SIGTERM does; exposed for tests. */
  shutDown: (reason: string) => Promise<void>;
}

/**
 * On SIGTERM/SIGINT (Fly sends SIGTERM before stopping a machine): stop
 * accepting requests, let in-flight ones and running jobs finish (or hand them
 * back to the queue) within the grace period, close the database, then exit.
 */
export function installGracefulShutdown(options: {
  server: Server;
  steps: ShutdownStep[];
  graceMs: number;
  logger: ShutdownLogger;
  exit: (code: number) => void;
  signals?: NodeJS.Signals[];
}): GracefulShutdown {
  let shuttingDown = false;

  async function shutDown(reason: string) {
    if (shuttingDown) return;
    shuttingDown = true;
    options.logger.info({ reason, graceMs: options.graceMs }, "shutting down");
    const closed = new Promise<void>((resolve) => options.server.close(() => resolve()));
    // Keep-alive connections become idle as their last response ends: close them as they do.
    const idleCloser = setInterval(() => options.server.closeIdleConnections(), 100).unref();
    options.server.closeIdleConnections();
    void closed.then(() => clearInterval(idleCloser));
    const deadline = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), options.graceMs).unref());
    const work = (async () => {
      await closed;
      for (const step of options.steps) {
        await step.run();
        options.logger.info({ step: step.name }, "shutdown step done");
      }
      return "done" as const;
    })().catch((error: unknown) => {
      options.logger.error({ err: error }, "shutdown step failed");
      return "failed" as const;
    });
    const outcome = await Promise.race([work, deadline]);
    if (outcome === "done") {
      options.logger.info({}, "shutdown complete");
      options.exit(0);
    } else {
      options.logger.error({ outcome }, "shutdown did not finish cleanly");
      options.exit(1);
    }
  }

  for (const signal of options.signals ?? ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => void shutDown(signal));
  }
  return { isShuttingDown: () => shuttingDown, shutDown };
}
