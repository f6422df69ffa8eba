import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import pg from "pg";
import { destructiveSteps, evaluateDestructiveSteps, migrationStatements } from "../data-loss.mjs";
import { scratchDatabase } from "./support.mjs";

const script = `-- AlterTable
ALTER TABLE "Company" DROP COLUMN "legacy",
ADD COLUMN     "score" INTEGER NOT NULL,
ADD COLUMN     "note" TEXT,
ALTER COLUMN "size" SET DATA TYPE TEXT;

-- DropTable
DROP TABLE "Archive";

-- AlterTable
ALTER TABLE "Empty" ADD COLUMN "required" TEXT NOT NULL,
ALTER COLUMN "maybe" SET NOT NULL;
`;

test("finds the destructive steps of a Prisma migration script", () => {
  assert.equal(migrationStatements(script).length, 3);
  assert.deepEqual(destructiveSteps(script), [
    { kind: "dropColumn", table: "Company", column: "legacy", stepIndex: 0 },
    { kind: "addRequiredColumn", table: "Company", column: "score", stepIndex: 0 },
    { kind: "changeColumnType", table: "Company", column: "size", stepIndex: 0 },
    { kind: "dropTable", table: "Archive", stepIndex: 1 },
    { kind: "addRequiredColumn", table: "Empty", column: "required", stepIndex: 2 },
    { kind: "makeColumnRequired", table: "Empty", column: "maybe", stepIndex: 2 },
  ]);
});

test("a script that only adds is not destructive", () => {
  assert.deepEqual(destructiveSteps(`ALTER TABLE "A" ADD COLUMN "b" TEXT;\nCREATE TABLE "C" ("id" TEXT NOT NULL);\n`), []);
});

let database;
let client;
before(async () => {
  database = await scratchDatabase("dataloss");
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`CREATE TABLE "Company" (legacy TEXT, size INTEGER, note TEXT);
    INSERT INTO "Company" VALUES ('x', 1, NULL), (NULL, 2, NULL);
    CREATE TABLE "Archive" (id INTEGER); INSERT INTO "Archive" VALUES (1), (2), (3);
    CREATE TABLE "Empty" (maybe TEXT);`);
});
after(async () => {
  await client?.end();
  await database?.drop();
});

test("warns about data that would be lost and blocks steps that cannot run, counting real rows", async () => {
  const { warnings, unexecutableSteps } = await evaluateDestructiveSteps(destructiveSteps(script), client);
  assert.deepEqual(
    warnings.map((warning) => warning.message),
    [
      "You are about to drop the column `legacy` on the `Company` table, which still contains 1 non-null values. All the data in the column will be lost.",
      "You are about to alter the column `size` on the `Company` table, which contains 2 non-null values. The data in that column will be cast from its current type to the new one.",
      "You are about to drop the `Archive` table, which is not empty (3 rows).",
    ],
  );
  assert.deepEqual(
    unexecutableSteps.map((step) => step.message),
    ["Added the required column `score` to the `Company` table without a default value. There are 2 rows in this table, it is not possible to execute this step."],
  );
});
