import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createMigrationFromDiff, prisma, query, scratchDatabase, scratchProject } from "./support.mjs";

const v1 = `model Company {
  id     String @id @default(uuid())
  domain String @unique
}`;

const v2 = `model Company {
  id      String   @id @default(uuid())
  domain  String   @unique
  name    String   @default("")
  signals Signal[]
}

model Signal {
  id        String  @id @default(uuid())
  company   Company @relation(fields: [companyId], references: [id], onDelete: Cascade)
  companyId String
  score     Float

  @@index([companyId])
}`;

async function columnsOf(databaseUrl, table) {
  const rows = await query(
    databaseUrl,
    `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

describe("the schema-engine stand-in under the real prisma CLI", () => {
  const project = scratchProject();
  let main;
  let shadow;
  let empty;

  before(async () => {
    [main, shadow, empty] = await Promise.all([scratchDatabase("main"), scratchDatabase("shadow"), scratchDatabase("empty")]);
  });
  after(async () => {
    await Promise.all([main?.drop(), shadow?.drop(), empty?.drop()]);
    project.remove();
  });

  test("two successive schema changes become migrations and deploy", async () => {
    project.writeSchema(v1);
    const first = await createMigrationFromDiff(project, "20260101000000_init", shadow.url);
    assert.match(first, /CREATE TABLE "Company"/);
    let deploy = await prisma(["migrate", "deploy"], { databaseUrl: main.url, cwd: project.dir });
    assert.equal(deploy.exitCode, 0, deploy.stderr);
    assert.deepEqual(await columnsOf(main.url, "Company"), ["domain", "id"]);

    project.writeSchema(v2);
    const second = await createMigrationFromDiff(project, "20260102000000_add_signals", shadow.url);
    assert.match(second, /ALTER TABLE "Company" ADD COLUMN +"name"/);
    assert.match(second, /CREATE TABLE "Signal"/);
    assert.doesNotMatch(second, /CREATE TABLE "Company"/, "the second migration must contain only the change");
    deploy = await prisma(["migrate", "deploy"], { databaseUrl: main.url, cwd: project.dir });
    assert.equal(deploy.exitCode, 0, deploy.stderr);
    assert.match(deploy.stdout, /20260102000000_add_signals/);
    assert.deepEqual(await columnsOf(main.url, "Company"), ["domain", "id", "name"]);
    assert.deepEqual(await columnsOf(main.url, "Signal"), ["companyId", "id", "score"]);
  });

  test("migrate status reports the database up to date", async () => {
    const status = await prisma(["migrate", "status"], { databaseUrl: main.url, cwd: project.dir });
    assert.equal(status.exitCode, 0, status.stderr);
    assert.match(status.stdout, /Database schema is up to date/);
  });

  test("migrate status notices a migration the database lacks", async () => {
    const status = await prisma(["migrate", "status"], { databaseUrl: empty.url, cwd: project.dir });
    assert.notEqual(status.exitCode, 0);
    assert.match(status.stdout + status.stderr, /not yet been applied/);
  });

  test("a schema that already matches the migrations diffs to nothing", async () => {
    const result = await prisma(
      ["migrate", "diff", "--from-migrations", project.migrationsDir, "--to-schema-datamodel", project.schemaPath, "--shadow-database-url", shadow.url, "--exit-code"],
      { databaseUrl: shadow.url, cwd: project.dir },
    );
    assert.equal(result.exitCode, 0, result.stderr);
  });

  test("deploy onto an empty database applies every migration", async () => {
    const deploy = await prisma(["migrate", "deploy"], { databaseUrl: empty.url, cwd: project.dir });
    assert.equal(deploy.exitCode, 0, deploy.stderr);
    const applied = await query(empty.url, `SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`);
    assert.deepEqual(applied.map((row) => row.migration_name), ["20260101000000_init", "20260102000000_add_signals"]);
  });

  test("migrate dev turns a further change into a migration and applies it, without a terminal", async () => {
    project.writeSchema(v2.replace('name    String   @default("")', 'name    String   @default("")\n  website String?'));
    const dev = await prisma(["migrate", "dev", "--name", "add_website", "--skip-seed", "--skip-generate"], {
      databaseUrl: main.url,
      cwd: project.dir,
    });
    assert.equal(dev.exitCode, 0, dev.stderr + dev.stdout);
    assert.match(dev.stdout, /_add_website/);
    assert.deepEqual(await columnsOf(main.url, "Company"), ["domain", "id", "name", "website"]);
    const status = await prisma(["migrate", "status"], { databaseUrl: main.url, cwd: project.dir });
    assert.match(status.stdout, /Database schema is up to date/);
  });

  test("migrate dev refuses to drop a column that holds data without confirmation", async () => {
    await query(main.url, `INSERT INTO "Company" (id, domain, website) VALUES ('c0', 'keep.test', 'https://keep.test')`);
    project.writeSchema(v2);
    const dev = await prisma(["migrate", "dev", "--name", "drop_website", "--skip-seed", "--skip-generate"], {
      databaseUrl: main.url,
      cwd: project.dir,
    });
    assert.notEqual(dev.exitCode, 0, dev.stdout + dev.stderr);
    assert.match(dev.stdout + dev.stderr, /drop the column `website` on the `Company` table, which still contains 1 non-null values/);
    assert.deepEqual(await columnsOf(main.url, "Company"), ["domain", "id", "name", "website"]);
  });

  test("migrate reset empties the database and re-applies the migrations", async () => {
    await query(main.url, `INSERT INTO "Company" (id, domain) VALUES ('c1', 'acme.test')`);
    project.writeSchema(v2.replace('name    String   @default("")', 'name    String   @default("")\n  website String?'));
    const reset = await prisma(["migrate", "reset", "--force", "--skip-seed", "--skip-generate"], {
      databaseUrl: main.url,
      cwd: project.dir,
    });
    assert.equal(reset.exitCode, 0, reset.stderr);
    assert.deepEqual(await query(main.url, `SELECT * FROM "Company"`), []);
    assert.deepEqual(await columnsOf(main.url, "Company"), ["domain", "id", "name", "website"]);
    assert.deepEqual(await columnsOf(main.url, "Signal"), ["companyId", "id", "score"]);
  });
});
