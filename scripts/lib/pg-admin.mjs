// Database chores the scripts need from a PostgreSQL server, done through the
// app's own `pg` driver so that no psql has to be installed:
//   node scripts/lib/pg-admin.mjs create-database ADMIN_URL NAME   drops NAME if it exists, creates it, prints its URL
//   node scripts/lib/pg-admin.mjs ensure-database ADMIN_URL NAME   creates NAME unless it exists, prints its URL
//   node scripts/lib/pg-admin.mjs drop-database ADMIN_URL NAME
//   node scripts/lib/pg-admin.mjs server-major URL                 prints the server's major version, e.g. 15
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function loadPg() {
  try {
    return createRequire(path.join(appRoot, "package.json"))("pg");
  } catch {
    console.error(`The app's npm dependencies are missing (${appRoot}/node_modules/pg): run ./scripts/dev.sh once, or npm ci.`);
    process.exit(1);
  }
}

function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

function urlOfDatabase(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient(url, work) {
  const { Client } = loadPg();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const commands = {
  "create-database": (adminUrl, name) =>
    withClient(adminUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      return urlOfDatabase(adminUrl, name);
    }),
  "ensure-database": (adminUrl, name) =>
    withClient(adminUrl, async (client) => {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      return urlOfDatabase(adminUrl, name);
    }),
  "drop-database": (adminUrl, name) =>
    withClient(adminUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    }),
  "server-major": (url) =>
    withClient(url, async (client) => {
      const { rows } = await client.query("SHOW server_version_num");
      return String(Math.floor(Number(rows[0].server_version_num) / 10000));
    }),
};

const [command, ...args] = process.argv.slice(2);
if (!commands[command] || args.some((arg) => !arg)) {
  console.error("usage: pg-admin.mjs create-database|ensure-database|drop-database ADMIN_URL NAME | server-major URL");
  process.exit(2);
}
try {
  const output = await commands[command](...args);
  if (output) console.log(output);
} catch (error) {
  console.error(`${command} failed: ${error.message}`);
  process.exit(1);
}
