import { job, type Spec } from "@wasp.sh/spec";
import { pruneOldLogs } from "./pruneOldLogs" with { type: "ref" };

export const maintenanceSpec: Spec = [
  // Every day at 03:15 UTC: the Log table keeps LOG_RETENTION_DAYS of history.
  job(pruneOldLogs, {
    executor: "PgBoss",
    entities: ["Log"],
    schedule: { cron: "15 3 * * *" },
  }),
];
