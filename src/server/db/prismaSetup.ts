import { PrismaClient } from "@prisma/client";
import { createWasmPrismaClient } from "./wasmPrismaClient";
import { selectQueryEngine } from "./queryEngineMode";
import { logger } from "../logging/logger";

/**
 * Wasp's `db.prismaSetupFn`: the PrismaClient every operation, api and job uses.
 * On machines without Prisma's native query engine (air-gapped installs) the
 * scripts set HYPERFORMANT_PRISMA_ENGINE=wasm and queries run through Prisma's
 * WebAssembly engine over `pg`; everywhere else the standard client is used.
 */
export function setUpPrismaClient(): PrismaClient {
  const engine = selectQueryEngine(process.env.HYPERFORMANT_PRISMA_ENGINE);
  if (engine === "wasm") {
    return createWasmPrismaClient(requireDatabaseUrl(), (error) =>
      logger.warn({ err: error }, "an idle database connection was closed; it will be replaced"),
    );
  }
  return new PrismaClient();
}

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: the server cannot reach PostgreSQL.");
  }
  return url;
}
