import type { ServerSetupFn } from "wasp/server";
import { env, prisma } from "wasp/server";
import { registerHealthRoutes } from "./health/healthRoutes";
import { securityHeaders } from "./securityHeaders";
import { installGracefulShutdown } from "./lifecycle/gracefulShutdown";
import { stopJobRunner } from "./lifecycle/jobRunner";
import { createErrorLoggingHandler } from "./logging/errorLogging";
import { logger } from "./logging/logger";
import { startReportWorkers } from "../reports/job/reportWorkers";
import { apolloListSyncTick, recoverStalledImports } from "wasp/server/jobs";

/** Wasp's server.setupFn: runs once, after Wasp's routes are mounted and before listening. */
export const setUpServer: ServerSetupFn = async ({ app, server }) => {
  // Behind Fly's proxy the client IP (for rate limits) is in X-Forwarded-For.
  app.set("trust proxy", 1);

  const graceMs = env.SHUTDOWN_GRACE_SECONDS * 1000;
  const shutdown = installGracefulShutdown({
    server,
    graceMs,
    logger,
    exit: (code) => process.exit(code),
    steps: [
      { name: "stop pg-boss workers", run: () => stopJobRunner(Math.max(graceMs - 2_000, 1_000)) },
      { name: "close database", run: () => prisma.$disconnect() },
    ],
  });

  // Wasp's routers carry the security headers in their middleware; these cover
  // what they do not: the health routes below and every 404 outside a router.
  app.disable("x-powered-by");
  app.use(securityHeaders);
  registerHealthRoutes(app, { prisma, isShuttingDown: shutdown.isShuttingDown });
  // Express's own 404 page would replace the security headers with its own CSP.
  app.use((_req, res) => {
    res.status(404).json({ message: "Not found." });
  });

  app.use(
    createErrorLoggingHandler({
      logger,
      writeLog: (entry) => prisma.log.create({ data: { ...entry, source: "server" } }),
    }),
  );
  await startReportWorkers();
  // Imports a previous process left running resume now rather than at the next minute's sweep.
  await recoverStalledImports.submit({});
  // So do Apollo list syncs whose run died with it.
  await apolloListSyncTick.submit({});
  logger.info({ prismaEngine: env.HYPERFORMANT_PRISMA_ENGINE ?? "native" }, "server set up");
};
