// `prisma migrate dev` (what `wasp db migrate-dev` runs) from nothing: an empty
// database and no migrations folder, as on a fresh clone.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { prisma, query, scratchDatabase, scratchProject } from "./support.mjs";

const schema = `model Company {
  id        String   @id @default(uuid())
  domain    String   @unique
  createdAt DateTime @default(now())
}`;

describe("migrate dev from an empty database and no migrations", () => {
  const project = scratchProject();
  let database;

  before(async () => {
    database = await scratchDatabase("dev");
    rmSync(project.migrationsDir, { recursive: true, force: true });
    project.writeSchema(schema);
  });
  after(async () => {
    await database?.drop();
    project.remove();
  });

  test("creates the first migration and the lock file, and applies it", async () => {
    const dev = await prisma(["migrate", "dev", "--name", "init", "--skip-seed", "--skip-generate"], {
      databaseUrl: database.url,
      cwd: project.dir,
    });
    assert.equal(dev.exitCode, 0, dev.stderr + dev.stdout);
    const folders = readdirSync(project.migrationsDir).filter((entry) => entry !== "migration_lock.toml");
    assert.equal(folders.length, 1);
    assert.match(folders[0], /^\d{14}_init$/);
    assert.match(readFileSync(path.join(project.migrationsDir, folders[0], "migration.sql"), "utf8"), /CREATE TABLE "Company"/);
    assert.match(readFileSync(path.join(project.migrationsDir, "migration_lock.toml"), "utf8"), /provider = "postgresql"/);
    const columns = await query(database.url, `SELECT column_name FROM information_schema.columns WHERE table_name = 'Company' ORDER BY 1`);
    assert.deepEqual(columns.map((row) => row.column_name), ["createdAt", "domain", "id"]);
  });

  test("a second run with no schema change creates nothing", async () => {
    const dev = await prisma(["migrate", "dev", "--name", "noop", "--skip-seed", "--skip-generate"], {
      databaseUrl: database.url,
      cwd: project.dir,
    });
    assert.equal(dev.exitCode, 0, dev.stderr + dev.stdout);
    assert.match(dev.stdout, /Already in sync/);
    assert.ok(!readdirSync(project.migrationsDir).some((entry) => entry.endsWith("_noop")));
  });

  test("on a second empty database it applies the committed migrations (a fresh clone)", async () => {
    const fresh = await scratchDatabase("dev_clone");
    try {
      const dev = await prisma(["migrate", "dev", "--name", "noop", "--skip-seed", "--skip-generate"], {
        databaseUrl: fresh.url,
        cwd: project.dir,
      });
      assert.equal(dev.exitCode, 0, dev.stderr + dev.stdout);
      assert.match(dev.stdout, /_init/);
      const applied = await query(fresh.url, `SELECT migration_name FROM _prisma_migrations`);
      assert.equal(applied.length, 1);
      assert.ok(!readdirSync(project.migrationsDir).some((entry) => entry.endsWith("_noop")));
    } finally {
      await fresh.drop();
    }
  });

  test("migrate status agrees", async () => {
    const status = await prisma(["migrate", "status"], { databaseUrl: database.url, cwd: project.dir });
    assert.equal(status.exitCode, 0, status.stderr);
    assert.match(status.stdout, /Database schema is up to date/);
    assert.ok(existsSync(project.migrationsDir));
  });
});
