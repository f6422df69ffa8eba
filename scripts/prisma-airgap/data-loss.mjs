// evaluateDataLoss for the WASM engine, which cannot replay the migration
// history for it ("PostgreSQL shadow DB must be provided through an external
// factory"). We diff the migrations against the new schema (which works) and
// check the generated SQL for destructive steps, counting the rows they touch
// in the development database, as the native engine's checker does.

/** Splits a Prisma migration script into statements (Prisma ends each with ";\n"). */
export function migrationStatements(script) {
  return script
    .split(/;\s*\n/)
    .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
    .filter((statement) => statement.length > 0);
}

const identifier = /"((?:[^"]|"")+)"/;

/** The destructive steps of a script: what would drop data or cannot run on a non-empty table. */
export function destructiveSteps(script) {
  const steps = [];
  migrationStatements(script).forEach((statement, stepIndex) => {
    const dropTable = new RegExp(`^DROP TABLE\\s+${identifier.source}`, "i").exec(statement);
    if (dropTable) {
      steps.push({ kind: "dropTable", table: dropTable[1], stepIndex });
      return;
    }
    const alterTable = new RegExp(`^ALTER TABLE\\s+${identifier.source}\\s+([\\s\\S]*)$`, "i").exec(statement);
    if (!alterTable) return;
    const [, table, clauses] = alterTable;
    for (const clause of clauses.split(/,\s*\n/)) {
      const dropColumn = new RegExp(`^\\s*DROP COLUMN\\s+${identifier.source}`, "i").exec(clause);
      if (dropColumn) steps.push({ kind: "dropColumn", table, column: dropColumn[1], stepIndex });
      const addColumn = new RegExp(`^\\s*ADD COLUMN\\s+${identifier.source}(.*)$`, "i").exec(clause);
      if (addColumn && /NOT NULL/i.test(addColumn[2]) && !/DEFAULT/i.test(addColumn[2])) {
        steps.push({ kind: "addRequiredColumn", table, column: addColumn[1], stepIndex });
      }
      const changeType = new RegExp(`^\\s*ALTER COLUMN\\s+${identifier.source}\\s+SET DATA TYPE`, "i").exec(clause);
      if (changeType) steps.push({ kind: "changeColumnType", table, column: changeType[1], stepIndex });
      const setNotNull = new RegExp(`^\\s*ALTER COLUMN\\s+${identifier.source}\\s+SET NOT NULL`, "i").exec(clause);
      if (setNotNull) steps.push({ kind: "makeColumnRequired", table, column: setNotNull[1], stepIndex });
    }
  });
  return steps;
}

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

async function countRows(client, sql) {
  try {
    const { rows } = await client.query(sql);
    return Number(rows[0].count);
  } catch {
    return 0; // The table or column does not exist yet in this database: nothing to lose.
  }
}

/** Native-style warnings and unexecutable steps for the destructive steps, given row counts from CLIENT. */
export async function evaluateDestructiveSteps(steps, client) {
  const warnings = [];
  const unexecutableSteps = [];
  for (const step of steps) {
    const table = quote(step.table);
    if (step.kind === "dropTable") {
      const rows = await countRows(client, `SELECT count(*) FROM ${table}`);
      if (rows > 0) warnings.push({ stepIndex: step.stepIndex, message: `You are about to drop the \`${step.table}\` table, which is not empty (${rows} rows).` });
      continue;
    }
    const column = quote(step.column);
    const nonNull = await countRows(client, `SELECT count(*) FROM ${table} WHERE ${column} IS NOT NULL`);
    const all = await countRows(client, `SELECT count(*) FROM ${table}`);
    switch (step.kind) {
      case "dropColumn":
        if (nonNull > 0) warnings.push({ stepIndex: step.stepIndex, message: `You are about to drop the column \`${step.column}\` on the \`${step.table}\` table, which still contains ${nonNull} non-null values. All the data in the column will be lost.` });
        break;
      case "changeColumnType":
        if (nonNull > 0) warnings.push({ stepIndex: step.stepIndex, message: `You are about to alter the column \`${step.column}\` on the \`${step.table}\` table, which contains ${nonNull} non-null values. The data in that column will be cast from its current type to the new one.` });
        break;
      case "addRequiredColumn":
        if (all > 0) unexecutableSteps.push({ stepIndex: step.stepIndex, message: `Added the required column \`${step.column}\` to the \`${step.table}\` table without a default value. There are ${all} rows in this table, it is not possible to execute this step.` });
        break;
      case "makeColumnRequired": {
        const nulls = all - nonNull;
        if (nulls > 0) unexecutableSteps.push({ stepIndex: step.stepIndex, message: `Made the column \`${step.column}\` on table \`${step.table}\` required, but there are ${nulls} existing NULL values.` });
        break;
      }
    }
  }
  return { warnings, unexecutableSteps };
}
