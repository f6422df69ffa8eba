import { afterAll, describe, expect, it } from "vitest";
import { createWasmPrismaClient, engineWasmConfigOf, locateQueryEngineWasm } from "../../src/server/db/wasmPrismaClient";
import { existsSync } from "node:fs";
import { testEnvironment } from "./support/testEnvironment";

// Guards the air-gapped query path: if a Prisma or Wasp update moves the private
// engine config or the generated .wasm file, this fails before users do.
describe("Prisma's WebAssembly query engine over pg", () => {
  const client = createWasmPrismaClient(testEnvironment.databaseUrl);
  afterAll(() => client.$disconnect());

  it("finds the generated query engine .wasm", () => {
    expect(existsSync(locateQueryEngineWasm())).toBe(true);
  });

  it("still exposes the engine hook it patches", () => {
    expect(typeof engineWasmConfigOf(client).getQueryEngineWasmModule).toBe("function");
  });

  it("runs raw SQL, writes and reads models, and rolls back transactions", async () => {
    const [{ answer }] = await client.$queryRaw<Array<{ answer: number }>>`SELECT 41 + 1 AS answer`;
    expect(answer).toBe(42);

    const workspace = await client.workspace.create({ data: { name: "WASM engine check" } });
    const company = await client.company.create({
      data: { workspaceId: workspace.id, name: "Acme", domain: `acme-${workspace.id}.test`, tags: ["a", "b"] },
    });
    const found = await client.company.findUniqueOrThrow({ where: { id: company.id }, include: { workspace: true } });
    expect(found.tags).toEqual(["a", "b"]);
    expect(found.workspace.name).toBe("WASM engine check");

    await expect(
      client.$transaction(async (tx) => {
        await tx.company.update({ where: { id: company.id }, data: { name: "Renamed" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await client.company.findUniqueOrThrow({ where: { id: company.id } })).name).toBe("Acme");

    await client.workspace.delete({ where: { id: workspace.id } });
    expect(await client.company.count({ where: { id: company.id } })).toBe(0);
  });
});
