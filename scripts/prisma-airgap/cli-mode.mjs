// The CLI also runs the engine as a one-shot command, not over JSON-RPC:
//   schema-engine cli --datasource <url> can-connect-to-database | create-database | drop-database
// Success is exit code 0; a failure is exit code 1 with JSON log lines on
// stderr after a first line the CLI skips, like the native engine's.
import pg from "pg";
import { connectionFieldsOf } from "./pg-adapter.mjs";

function fail(errorCode, message) {
  process.stderr.write("schema engine error\n");
  process.stderr.write(
    `${JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { error_code: errorCode, message } })}\n`,
  );
  process.exit(1);
}

async function withClient(fields, work) {
  const client = new pg.Client(fields);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function runCliCommand(argv) {
  const datasourceIndex = argv.indexOf("--datasource");
  const url = datasourceIndex >= 0 ? argv[datasourceIndex + 1] : undefined;
  const command = argv.at(-1);
  if (!url) fail("P1012", "The air-gapped schema engine needs --datasource <url>.");
  const fields = connectionFieldsOf(url);
  const server = `${fields.host}:${fields.port}`;
  const quotedName = `"${fields.database.replaceAll('"', '""')}"`;
  try {
    switch (command) {
      case "can-connect-to-database":
        await withClient(fields, (client) => client.query("SELECT 1"));
        break;
      case "create-database":
        await withClient({ ...fields, database: "postgres" }, (client) => client.query(`CREATE DATABASE ${quotedName}`));
        break;
      case "drop-database":
        await withClient({ ...fields, database: "postgres" }, (client) =>
          client.query(`DROP DATABASE IF EXISTS ${quotedName} WITH (FORCE)`),
        );
        break;
      default:
        fail("P1012", `The air-gapped schema engine does not support the "${command}" command.`);
    }
  } catch (error) {
    if (error.code === "3D000") fail("P1003", `Database \`${fields.database}\` does not exist on the database server at \`${server}\`.`);
    if (error.code === "28P01" || error.code === "28000") fail("P1000", `Authentication failed against database server at \`${server}\`.`);
    if (error.code === "ECONNREFUSED" || error.code === "ENOTFOUND") fail("P1001", `Can't reach database server at \`${server}\`.`);
    fail("P1000", error.message);
  }
  process.exit(0);
}
