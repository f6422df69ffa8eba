// Production settings Hyperformant needs in the fly-server.toml that
// `wasp deploy fly launch` generates (see README, "Deploying to Fly.io").
import { parse, stringify } from "smol-toml";

export const READY_CHECK_PATH = "/ready";

/**
 * - min_machines_running = 1 and no auto-stop: pg-boss cron jobs run inside the
 *   server process, so a stopped machine would silently skip them.
 * - release_command: migrations run once, in a release machine, before any
 *   machine of the new version takes traffic.
 * - an HTTP check on /ready, so Fly routes traffic only to a machine that
 *   reaches PostgreSQL and pg-boss.
 * - kill_signal SIGTERM with a grace period the server's shutdown fits in.
 */
export function hardenServerToml(tomlText) {
  const config = parse(tomlText);
  config.kill_signal = "SIGTERM";
  config.kill_timeout = "30s";
  config.deploy = { ...(config.deploy ?? {}), release_command: "npx prisma migrate deploy --schema=../db/schema.prisma" };
  const service = { ...(config.http_service ?? {}) };
  if (service.internal_port === undefined) throw new Error("fly-server.toml has no [http_service] internal_port: is it the file wasp deploy fly generated?");
  service.auto_stop_machines = "off";
  service.auto_start_machines = true;
  service.min_machines_running = 1;
  service.checks = [{ grace_period: "20s", interval: "15s", method: "GET", path: READY_CHECK_PATH, timeout: "5s" }];
  config.http_service = service;
  return stringify(config);
}
