import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as WasmPrismaClient } from "@prisma/client/wasm";
import type { PrismaClient } from "@prisma/client";
import pg from "pg";

/**
 * Prisma 5.19.1's generated WASM loader only works under edge bundlers: in
 * Node it resolves the module to undefined. We hand the engine a compiled
 * WebAssembly.Module ourselves through the client's engine config. That
 * config is private (`_engineConfig.engineWasm`), so this is the one place
 * that touches it, and src/server/db/wasmPrismaClient.test.ts fails loudly if
 * a Prisma update moves it.
 */
interface EngineWasmConfig {
  getQueryEngineWasmModule: () => Promise<WebAssembly.Module>;
}

/** The generated client's engine file (node_modules/.prisma/client/query_engine_bg.wasm). */
export function locateQueryEngineWasm(): string {
  const prismaClientEntry = createRequire(import.meta.url).resolve("@prisma/client");
  const generatedClientManifest = createRequire(prismaClientEntry).resolve(".prisma/client/package.json");
  return path.join(path.dirname(generatedClientManifest), "query_engine_bg.wasm");
}

let compiledQueryEngine: WebAssembly.Module | undefined;

function compileQueryEngine(): WebAssembly.Module {
  compiledQueryEngine ??= new WebAssembly.Module(readFileSync(locateQueryEngineWasm()));
  return compiledQueryEngine;
}

export function engineWasmConfigOf(client: object): EngineWasmConfig {
  const engineConfig = (client as { _engineConfig?: { engineWasm?: EngineWasmConfig } })._engineConfig;
  const engineWasm = engineConfig?.engineWasm;
  if (!engineWasm || typeof engineWasm.getQueryEngineWasmModule !== "function") {
    throw new Error(
      "Prisma's WASM client no longer exposes _engineConfig.engineWasm.getQueryEngineWasmModule: " +
        "the air-gapped query engine wiring in src/server/db/wasmPrismaClient.ts must be updated for this Prisma version.",
    );
  }
  return engineWasm;
}

export function createWasmPrismaClient(
  databaseUrl: string,
  onIdleConnectionError: (error: Error) => void = () => {},
): PrismaClient {
  const pool = new pg.Pool({ connectionString: databaseUrl });
  // An idle connection dropped by the server (a restart, a failover) must not
  // crash the process: the pool replaces it on the next query.
  pool.on("error", onIdleConnectionError);
  const client = new WasmPrismaClient({ adapter: new PrismaPg(pool) });
  const module = compileQueryEngine();
  engineWasmConfigOf(client).getQueryEngineWasmModule = async () => module;
  // Same generated models and delegates as the standard client; only the engine differs.
  return client as unknown as PrismaClient;
}
