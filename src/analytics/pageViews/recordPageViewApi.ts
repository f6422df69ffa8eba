import { isbot } from "isbot";
import { config, HttpError } from "wasp/server";
import type { RecordPageView } from "wasp/server/api";
import { groupedWriter } from "../../server/db/groupedWriter";
import { hotPathPool, pooledSql } from "../../server/db/sql";
import { logger } from "../../server/logging/logger";
import { fieldErrorsOf } from "../../server/operations/fieldErrors";
import { utcDayOf } from "../stats/statsDays";
import { pageViewInput, pageViewOf, visitorHashOf } from "./pageView";
import { saltOfDay } from "./visitorSalt";

const sql = pooledSql(hotPathPool((error) => logger.warn({ err: error }, "idle database connection failed (page views)")));
const ownHosts = [new URL(config.frontendUrl).hostname, new URL(config.serverUrl).hostname];

type StoredView = { day: string; path: string; source: string; referrerHost: string | null; visitorHash: string };
// Views arriving while a write runs go together in the next one: one statement for many views under load.
const storeView = groupedWriter<StoredView>(async (views) => {
  await sql(
    `INSERT INTO "PageViewEvent" (id, day, path, source, "referrerHost", "visitorHash")
     SELECT gen_random_uuid(), day, path, source, "referrerHost", "visitorHash"
     FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[]) AS v(day, path, source, "referrerHost", "visitorHash")`,
    [views.map((view) => view.day), views.map((view) => view.path), views.map((view) => view.source), views.map((view) => view.referrerHost), views.map((view) => view.visitorHash)],
  );
});

/**
 * POST /api/analytics/page-views: one page view, cookieless. Bots are
 * answered like everyone else and not stored; the visitor is stored only as
 * the day's salted hash of IP and user agent. It answers once the view is
 * stored (written with the views that arrived meanwhile).
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
  await storeView({ day, ...view, visitorHash });
  res.status(204).end();
};
