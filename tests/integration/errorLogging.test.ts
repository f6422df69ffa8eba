import express from "express";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { createWasmPrismaClient } from "../../src/server/db/wasmPrismaClient";
import { createErrorLoggingHandler } from "../../src/server/logging/errorLogging";
import { queryRows } from "./support/database";
import { testEnvironment } from "./support/testEnvironment";

// The error handler the server installs, exercised against the real Log table.
describe("unexpected errors", () => {
  const prisma = createWasmPrismaClient(testEnvironment.databaseUrl);
  afterAll(() => prisma.$disconnect());

  it("answer 500 with a reference id and are written to the Log table under that id", async () => {
    const app = express();
    app.use((req, _res, next) => {
      req.id = `err-test-${Date.now()}`;
      next();
    });
    app.get("/boom", () => {
      throw new Error("the kettle exploded");
    });
    app.use(createErrorLoggingHandler({ logger: pino({ level: "silent" }), writeLog: (entry) => prisma.log.create({ data: entry }) }));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/boom`);
      expect(response.status).toBe(500);
      const body = (await response.json()) as { message: string; requestId: string };
      expect(body.message).toContain(body.requestId);
      expect(body.message).not.toContain("kettle");
      let rows: Array<{ message: string; level: string }> = [];
      for (let attempt = 0; attempt < 20 && rows.length === 0; attempt++) {
        rows = await queryRows(`SELECT message, level::text AS level FROM "Log" WHERE "requestId" = $1`, [body.requestId]);
        if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(rows).toEqual([{ message: "the kettle exploded", level: "ERROR" }]);
    } finally {
      server.close();
    }
  });
});
