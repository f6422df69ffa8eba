const DAY_MS = 24 * 60 * 60 * 1000;

export const DEMO_TRAFFIC_SEED = 20_261_202;
export const DEMO_TRAFFIC_DAYS = 90;

// Where the demo's visitors come from, and how likely each is.
const SOURCES: Array<[source: string, weight: number]> = [
  ["direct", 0.42],
  ["google.com", 0.27],
  ["news.ycombinator.com", 0.1],
  ["linkedin.com", 0.09],
  ["newsletter", 0.07],
  ["g2.com", 0.05],
];
const PATHS = ["/", "/pricing", "/signup", "/login", "/app", "/app/companies", "/app/companies/:id", "/app/reports", "/app/reports/:id"];

export type DemoSignup = { email: string; displayName: string; createdAt: Date };
export type DemoPageView = { createdAt: Date; day: string; path: string; source: string; referrerHost: string | null; visitorHash: string };

function pick<T>(random: () => number, weighted: Array<[T, number]>): T {
  let roll = random();
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

/**
 * Ninety days of a growing product's traffic and signups, the same on every
 * machine: weekdays busier than weekends, a launch on Hacker News 30 days ago,
 * visitors who view a few pages each. Days are UTC; today runs until `now`.
 */
export function demoTraffic(now: Date, random: () => number): { signups: DemoSignup[]; pageViews: DemoPageView[] } {
  const signups: DemoSignup[] = [];
  const pageViews: DemoPageView[] = [];
  const todayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (let daysAgo = DEMO_TRAFFIC_DAYS - 1; daysAgo >= 0; daysAgo -= 1) {
    const dayStart = todayStart - daysAgo * DAY_MS;
    const day = new Date(dayStart).toISOString().slice(0, 10);
    const weekday = new Date(dayStart).getUTCDay();
    const growth = 1 + (DEMO_TRAFFIC_DAYS - daysAgo) / DEMO_TRAFFIC_DAYS;
    const launch = daysAgo === 30 ? 4 : daysAgo === 29 ? 2 : 1;
    const visitors = Math.round((weekday === 0 || weekday === 6 ? 9 : 18) * growth * launch * (0.8 + random() * 0.4));
    // Today only up to now.
    const dayLength = daysAgo === 0 ? Math.max(1, now.getTime() - dayStart) : DAY_MS;
    for (let visitor = 0; visitor < visitors; visitor += 1) {
      const source = daysAgo === 30 && random() < 0.6 ? "news.ycombinator.com" : pick(random, SOURCES);
      const visitorHash = Math.floor(random() * 2 ** 52).toString(16).padStart(13, "0") + day.replace(/-/g, "");
      const views = 1 + Math.floor(random() * 4);
      const arrival = dayStart + Math.floor(random() * dayLength * 0.9);
      for (let view = 0; view < views; view += 1) {
        pageViews.push({
          createdAt: new Date(Math.min(arrival + view * 45_000, dayStart + dayLength - 1)),
          day,
          path: view === 0 ? "/" : PATHS[Math.floor(random() * PATHS.length)],
          source,
          referrerHost: source.includes(".") ? source : null,
          visitorHash,
        });
      }
      if (random() < 0.06) {
        const number = signups.length + 1;
        signups.push({ email: `signup-${number}@demo.hyperformant.app`, displayName: `Demo signup ${number}`, createdAt: new Date(arrival + 60_000) });
      }
    }
  }
  return { signups: signups.filter((signup) => signup.createdAt <= now), pageViews };
}
