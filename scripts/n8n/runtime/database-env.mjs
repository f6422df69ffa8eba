// Prints the DB_POSTGRESDB_* settings n8n reads (it ignores DATABASE_URL) for a postgres:// URL, one KEY=value a line.
//   node scripts/n8n/runtime/database-env.mjs postgres://user:password@host:port/database
const url = new URL(process.argv[2] ?? "");
if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error("expected a postgres:// URL");
const settings = {
  DB_TYPE: "postgresdb",
  DB_POSTGRESDB_HOST: url.hostname,
  DB_POSTGRESDB_PORT: url.port || "5432",
  DB_POSTGRESDB_DATABASE: decodeURIComponent(url.pathname.slice(1)),
  DB_POSTGRESDB_USER: decodeURIComponent(url.username),
  DB_POSTGRESDB_PASSWORD: decodeURIComponent(url.password),
};
for (const [key, value] of Object.entries(settings)) console.log(`${key}=${value}`);
