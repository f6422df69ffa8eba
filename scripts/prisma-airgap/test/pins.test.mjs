import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

const readJson = (relativePath) => JSON.parse(readFileSync(new URL(relativePath, import.meta.url), "utf8"));
const airgap = readJson("../package.json");
const app = readJson("../../../package.json");
const exactVersion = /^\d+\.\d+\.\d+(-[\w.]+)?$/;

test("every package of the air-gapped mode is pinned to an exact version", () => {
  for (const [name, version] of Object.entries(airgap.dependencies)) {
    assert.match(version, exactVersion, `${name} in scripts/prisma-airgap/package.json`);
  }
  for (const name of ["prisma", "@prisma/adapter-pg", "pg"]) {
    const version = app.dependencies[name] ?? app.devDependencies[name];
    assert.match(version ?? "", exactVersion, `${name} in package.json`);
  }
});

test("the query side matches Wasp's Prisma and the stand-in's pg", () => {
  assert.equal(app.devDependencies.prisma, "5.19.1", "Wasp 0.25 requires prisma 5.19.1");
  assert.equal(app.dependencies["@prisma/adapter-pg"], app.devDependencies.prisma, "the driver adapter must match the Prisma client");
  assert.equal(app.dependencies.pg, airgap.dependencies.pg, "one pg version for both engines");
});
