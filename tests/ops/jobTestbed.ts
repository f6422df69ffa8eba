import PgBoss from "pg-boss";
import { startBuiltServer, type BuiltServer } from "../support/builtServer";
import { createEmptyDatabase, repoRoot, required, run, sql } from "./support";

/**
 * A migrated database of its own, built servers started on it, and a pg-boss
 * client that queues jobs the way the app does: for job tests in which which
 * server takes a job (and which one dies) is certain.
 */
export async function createJobTestbed(label: string) {
  const database = await createEmptyDatabase(label);
  await run(process.execPath, [`${repoRoot}node_modules/prisma/build/index.js`, "migrate", "deploy", "--schema", `${repoRoot}schema.prisma`], {
    env: { ...process.env, DATABASE_URL: database.url },
  });
  const boss = new PgBoss({ connectionString: database.url });
  boss.on("error", () => {});
  const servers: BuiltServer[] = [];
  return {
    boss,
    query: <Row extends Record<string, unknown>>(text: string, params: unknown[] = []) => sql<Row>(database.url, text, params),
    /** A built server on this database. The first one creates pg-boss's schema, so the client starts after it. */
    async launch(env: Record<string, string | undefined>) {
      const server = await startBuiltServer({ databaseUrl: database.url, clientOrigin: required("HF_TEST_CLIENT_URL"), env });
      servers.push(server);
      if (servers.length === 1) await boss.start();
      return server;
    },
    /** Every server started so far, stopped gracefully. */
    stopServers: () => Promise.all(servers.map((server) => server.stop())),
    async close() {
      await Promise.all(servers.map((server) => server.kill()));
      await boss.stop({ graceful: false, destroy: true }).catch(() => {});
      await database.drop();
    },
  };
}

export type JobTestbed = Awaited<ReturnType<typeof createJobTestbed>>;
