import type { Application } from "express";
import type { PrismaClient } from "@prisma/client";
import { readinessReport, runCheck } from "./readiness";

const CHECK_TIMEOUT_MS = 2_000;

/**
 * GET /health: the process is up (Fly's liveness check).
 * GET /ready: PostgreSQL answers and pg-boss's schema is reachable; 503 otherwise
 * and while shutting down, so the proxy stops sending traffic.
 */
export function registerHealthRoutes(app: Application, deps: { prisma: PrismaClient; isShuttingDown: () => boolean }) {
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
  });

  app.get("/ready", async (_req, res) => {
    const checks = await Promise.all([
      runCheck("database", () => deps.prisma.$queryRaw`SELECT 1`, CHECK_TIMEOUT_MS),
      runCheck("pg-boss", () => deps.prisma.$queryRaw`SELECT version FROM pgboss.version`, CHECK_TIMEOUT_MS),
    ]);
    const report = readinessReport(checks, deps.isShuttingDown());
    res.status(report.status === "ready" ? 200 : 503).json(report);
  });
}
