import { isbot } from "isbot";
import { config, HttpError } from "wasp/server";
import type { RecordPageView } from "wasp/server/api";
import { hotPathPool, pooledSql } from "../../server/db/sql";
import { logger } from "../../server/logging/logger";
import { fieldErrorsOf } from "../../server/operations/fieldErrors";
import { utcDayOf } from "../stats/statsDays";
import { pageViewInput, pageViewOf, visitorHashOf } from "./pageView";
import { saltOfDay } from "./visitorSalt";

const sql = pooledSql(hotPathPool((error) => logger.warn({ err: error }, "idle database connection failed (page views)")));
const ownHosts = [new URL(config.frontendUrl).hostname, new URL(config.serverUrl).hostname];

/**
 * POST /api/analytics/page-views: one page view, cookieless. Bots are
 * answered like everyone else and not stored; the visitor is stored only as
 * the day's salted hash of IP and user agent.
 */
export const recordPageView: RecordPageView = async (req, res) => {
  const parsed = pageViewInput.safeParse(req.body);
  if (!parsed.success) throw new HttpError(400, "That page view is not one we can count.", { fieldErrors: fieldErrorsOf(parsed.error) });
  res.setHeader("Cache-Control", "no-store");
  const userAgent = req.get("user-agent") ?? "";
  if (userAgent === "" || isbot(userAgent)) {
    res.status(204).end();
    return;
  }
  const day = utcDayOf(new Date());
  const view = pageViewOf(parsed.data, ownHosts);
  const visitorHash = visitorHashOf(await saltOfDay(sql, day), req.ip ?? "", userAgent);
  await sql(
    `INSERT INTO "PageViewEvent" (id, day, path, source, "referrerHost", "visitorHash") VALUES (gen_random_uuid(), $1::date, $2, $3, $4, $5)`,
    [day, view.path, view.source, view.referrerHost, visitorHash],
  );
  res.status(204).end();
};
