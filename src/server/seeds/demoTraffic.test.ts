import { describe, expect, it } from "vitest";
import { DEMO_TRAFFIC_DAYS, DEMO_TRAFFIC_SEED, demoTraffic } from "./demoTraffic";
import { seededRandom } from "./seededRandom";

describe("demo traffic", () => {
  const now = new Date("2026-12-02T10:30:00Z");
  const { signups, pageViews } = demoTraffic(now, seededRandom(DEMO_TRAFFIC_SEED));

  it("covers 90 days up to now, every day with views, from several sources", () => {
    const days = new Set(pageViews.map((view) => view.day));
    expect(days.size).toBe(DEMO_TRAFFIC_DAYS);
    expect([...days].sort().at(-1)).toBe("2026-12-02");
    expect(pageViews.every((view) => view.createdAt <= now && view.createdAt.toISOString().startsWith(view.day))).toBe(true);
    expect(new Set(pageViews.map((view) => view.source)).size).toBeGreaterThanOrEqual(5);
  });

  it("has the Hacker News launch as its busiest day, and signups spread over the range", () => {
    const perDay = new Map<string, number>();
    for (const view of pageViews) perDay.set(view.day, (perDay.get(view.day) ?? 0) + 1);
    const busiest = [...perDay.entries()].sort(([, a], [, b]) => b - a)[0][0];
    expect(busiest).toBe("2026-11-02");
    expect(signups.length).toBeGreaterThan(40);
    expect(new Set(signups.map((signup) => signup.email)).size).toBe(signups.length);
    expect(signups.every((signup) => signup.createdAt <= now)).toBe(true);
  });

  it("is the same on every run", () => {
    expect(demoTraffic(now, seededRandom(DEMO_TRAFFIC_SEED)).pageViews.slice(0, 20)).toEqual(pageViews.slice(0, 20));
  });
});
