#!/usr/bin/env node
// Stand-in for Prisma's native schema engine (PRISMA_SCHEMA_ENGINE_BINARY) on
// machines that cannot download it: speaks the engine's JSON-RPC protocol on
// stdin/stdout, as `prisma migrate ...` expects, and delegates the work to
// Prisma's WebAssembly schema engine over the pg driver adapter.
// Usage (by the Prisma CLI): schema-engine.mjs -d <schema.prisma> [-d ...]
//                         schema-engine.mjs cli --datasource <url> <command>
import { createInterface } from "node:readline";
import { runCliCommand } from "./cli-mode.mjs";
import { handlers } from "./rpc-methods.mjs";
import { createAdapterFactory } from "./pg-adapter.mjs";
import { datasourceUrlOf, readSchemaFiles, sanitizeSchemaFiles } from "./schema-files.mjs";

if (process.argv[2] === "cli") await runCliCommand(process.argv.slice(3));

let lastPanicMessage;
// Must exist before the engine loads: a WASM panic reports its message here.
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanicMessage = message;
  },
};
const { SchemaEngine } = await import("@prisma/schema-engine-wasm");
const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");

function parseSchemaPaths(argv) {
  const paths = [];
  for (let index = 0; index < argv.length; index++) {
    if (["-d", "--datamodel", "--datamodels"].includes(argv[index]) && argv[index + 1]) paths.push(argv[++index]);
  }
  return paths;
}

const schemaFiles = readSchemaFiles(parseSchemaPaths(process.argv.slice(2)));
const schemaDatabaseUrl = schemaFiles.map((file) => datasourceUrlOf(file.content)).find(Boolean);

function write(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

const openFactories = [];
let nextOutgoingId = 1_000_000;
const pendingOutgoing = new Map();

const session = {
  databaseUrl() {
    if (!schemaDatabaseUrl) throw new Error("The schema's datasource url is not set (is DATABASE_URL exported?).");
    return schemaDatabaseUrl;
  },
  /**
   * A fresh engine for every request: the WASM engine takes its shadow-database
   * factory once, and a second migration-history replay in the same instance
   * fails ("shadow DB must be provided through an external factory").
   */
  async engine({ databaseUrl, shadowDatabaseUrl } = {}) {
    const url = databaseUrl ?? schemaDatabaseUrl ?? shadowDatabaseUrl;
    if (!url) throw new Error("No database URL: set the schema's datasource url or pass --shadow-database-url.");
    const factory = createAdapterFactory(url, { shadowDatabaseUrl });
    openFactories.push(factory);
    const datamodels = sanitizeSchemaFiles(schemaFiles).map((file) => [file.path, file.content]);
    return SchemaEngine.new(
      { datamodels: datamodels.length > 0 ? datamodels : undefined },
      (log) => process.stderr.write(`${log}\n`),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  },
  print(content) {
    const id = nextOutgoingId++;
    write({ jsonrpc: "2.0", id, method: "print", params: { content } });
    return new Promise((resolve) => pendingOutgoing.set(id, resolve));
  },
};

function errorResponse(id, error) {
  const message = lastPanicMessage ?? error?.message ?? String(error);
  const isPanic = lastPanicMessage !== undefined;
  lastPanicMessage = undefined;
  let knownError;
  try {
    knownError = JSON.parse(error?.message ?? "");
  } catch {
    knownError = undefined;
  }
  return {
    jsonrpc: "2.0",
    id,
    error: {
      code: 4466,
      message: "An error happened. Check the data field for details.",
      data: {
        is_panic: isPanic,
        message: knownError?.message ?? message,
        meta: knownError?.meta ?? {},
        error_code: knownError?.error_code ?? knownError?.errorCode ?? null,
        backtrace: null,
      },
    },
  };
}

async function handle(request) {
  const handler = handlers[request.method];
  if (!handler) {
    return errorResponse(request.id, new Error(`The air-gapped schema engine does not support "${request.method}".`));
  }
  try {
    const result = await handler(request.params ?? {}, session);
    return { jsonrpc: "2.0", id: request.id, result: result ?? null };
  } catch (error) {
    return errorResponse(request.id, error);
  } finally {
    await Promise.all(openFactories.splice(0).map((factory) => factory.close()));
  }
}

// Requests are handled one at a time, in order, like the native engine does.
let queue = Promise.resolve();
const input = createInterface({ input: process.stdin });
input.on("line", (line) => {
  if (!line.trim()) return;
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    write({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
    return;
  }
  if (message.method === undefined && pendingOutgoing.has(message.id)) {
    pendingOutgoing.get(message.id)(message.result);
    pendingOutgoing.delete(message.id);
    return;
  }
  queue = queue.then(async () => write(await handle(message)));
});
input.on("close", async () => {
  await queue;
  process.exit(0);
});
