import type { PrismaClient } from "@prisma/client";
import { refreshStatsOf } from "../../analytics/stats/statsJobs";
import { utcDayOf } from "../../analytics/stats/statsDays";
import { hotPathPool } from "../db/sql";
import { DEMO_TRAFFIC_SEED, demoTraffic } from "./demoTraffic";
import { seededRandom } from "./seededRandom";

const CHUNK = 1_000;

/**
 * Ninety days of signups and cookieless page views (src/server/seeds/demoTraffic.ts),
 * then the stats roll-up over them, so the admin dashboard has history to
 * chart: the same jobs compute it as in production, nothing is written as a figure.
 */
export async function seedDemoAnalytics(prisma: PrismaClient, now = new Date()): Promise<{ signups: number; pageViews: number; daysRolledUp: number }> {
  const { signups, pageViews } = demoTraffic(now, seededRandom(DEMO_TRAFFIC_SEED));
  await prisma.user.createMany({ data: signups.map((signup) => ({ ...signup, lastActiveAt: signup.createdAt })), skipDuplicates: true });
  for (let start = 0; start < pageViews.length; start += CHUNK) {
    await prisma.pageViewEvent.createMany({ data: pageViews.slice(start, start + CHUNK).map((view) => ({ ...view, day: new Date(`${view.day}T00:00:00Z`) })) });
  }
  const { closedDays } = await refreshStatsOf(utcDayOf(now));
  // The roll-up's pool would keep the seed process waiting on idle connections.
  await hotPathPool().end();
  return { signups: signups.length, pageViews: pageViews.length, daysRolledUp: closedDays.length + 1 };
}
