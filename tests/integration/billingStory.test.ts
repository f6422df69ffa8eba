import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/server/seeds/seededRandom";
import type { StripeEvent } from "../stand-ins/stripe/stripeEvents";
import { signUpVerifiedUser } from "./support/httpClient";
import { billingStateOf, eventsFor, linkBillingCustomer, postStripeEvent } from "./support/stripeWebhooks";
import { workspaceIdOf } from "./support/workspaces";

/**
 * A thousand deliveries: the events of twenty customers' stories (renewals,
 * failed payments, cancellations, credit packs, refunds in several notices),
 * each delivered once and the rest of the thousand delivered a second time,
 * all shuffled and posted eight at a time. Afterwards each
 * workspace's plan, status, credits and ledger are what the events mean,
 * worked out here from the stories alone; replaying everything changes nothing.
 */

const DAY = 24 * 60 * 60;
const CUSTOMERS = 20;
const DELIVERIES = 1_000;
const random = seededRandom(20_261_202);
const pick = (count: number) => Math.floor(random() * count);

interface Expected {
  credits: number;
  subscriptionStatus: "ACTIVE" | "CANCELED";
  cancelAtPeriodEnd: boolean;
  payments: number[];
  refunds: number[];
}

function customerStory(customer: string, workspaceId: string, start: number): { events: StripeEvent[]; expected: Expected } {
  const build = eventsFor(customer, workspaceId);
  const subscriptionId = `sub_${randomUUID()}`;
  const events: StripeEvent[] = [build.subscription(subscriptionId, "customer.subscription.created", start, { periodStart: start })];
  const expected: Expected = { credits: 3, subscriptionStatus: "ACTIVE", cancelAtPeriodEnd: false, payments: [], refunds: [] };
  const periods = 3 + pick(10);
  let at = start;
  for (let period = 0; period < periods; period += 1) {
    const periodStart = start + period * 30 * DAY;
    at = periodStart + 60;
    if (period > 0) events.push(build.subscription(subscriptionId, "customer.subscription.updated", at, { periodStart }));
    if (pick(5) === 0) events.push(build.invoiceFailed(`in_${subscriptionId}_${period}_failed`, subscriptionId, at + 1));
    events.push(build.invoicePaid(`in_${subscriptionId}_${period}`, subscriptionId, at + 2, { periodStart }));
    expected.credits += 50;
    expected.payments.push(4_900);
    const packs = pick(3);
    for (let pack = 0; pack < packs; pack += 1) {
      const paymentIntent = `pi_${randomUUID()}`;
      const packAt = at + 100 + pack * 10;
      events.push(build.packCheckout(`cs_${randomUUID()}`, paymentIntent, packAt));
      expected.credits += 25;
      expected.payments.push(1_900);
      const refundKind = pick(4);
      if (refundKind === 0) continue;
      const charge = `ch_${randomUUID()}`;
      // Partial refunds come as notices of the running total: 500, then 1,200, then perhaps all of it.
      const notices = refundKind === 1 ? [1_900] : refundKind === 2 ? [500, 1_200] : [500, 1_200, 1_900];
      notices.forEach((refunded, index) => events.push(build.refund(charge, paymentIntent, 1_900, refunded, packAt + 1 + index)));
      const total = notices[notices.length - 1];
      expected.refunds.push(-total);
      expected.credits -= Math.floor((25 * total) / 1_900);
    }
  }
  const ending = pick(3);
  if (ending === 1) {
    events.push(build.subscription(subscriptionId, "customer.subscription.updated", at + 500, { periodStart: start + (periods - 1) * 30 * DAY, cancelAtPeriodEnd: true }));
    expected.cancelAtPeriodEnd = true;
  } else if (ending === 2) {
    events.push(build.subscription(subscriptionId, "customer.subscription.deleted", at + 600, { periodStart: start + (periods - 1) * 30 * DAY, status: "canceled", canceledAt: at + 600 }));
    expected.subscriptionStatus = "CANCELED";
  }
  return { events, expected };
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = pick(index + 1);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

async function deliverAll(deliveries: StripeEvent[], concurrency: number) {
  const outcomes: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < deliveries.length) {
        const event = deliveries[next++];
        const answer = await postStripeEvent(event);
        if (answer.status !== 200) throw new Error(`${event.type} ${event.id} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
        outcomes.push(answer.body.outcome ?? "?");
      }
    }),
  );
  return outcomes;
}

describe("a story of 1,000 webhook deliveries, duplicated and shuffled", () => {
  it("leaves plan, status, credits and ledger exactly as the events mean, and a replay changes nothing", async () => {
    const start = Math.floor(Date.now() / 1000) - 400 * DAY;
    const stories = [];
    for (let index = 0; index < CUSTOMERS; index += 1) {
      const user = await signUpVerifiedUser(`story-${index}`);
      const workspaceId = await workspaceIdOf(user.email);
      const customer = `cus_story_${randomUUID().slice(0, 12)}`;
      await linkBillingCustomer(workspaceId, customer);
      stories.push({ workspaceId, ...customerStory(customer, workspaceId, start + index * 1_000) });
    }
    let unique = stories.flatMap((story) => story.events);
    const duplicates = DELIVERIES - unique.length;
    expect(duplicates, `${unique.length} distinct events`).toBeGreaterThan(100);
    const deliveries = shuffled([...unique, ...Array.from({ length: duplicates }, () => unique[pick(unique.length)])]);
    expect(deliveries).toHaveLength(DELIVERIES);

    const outcomes = await deliverAll(deliveries, 8);
    expect(outcomes.filter((outcome) => outcome === "duplicate")).toHaveLength(duplicates);
    expect(outcomes.filter((outcome) => outcome === "unmatched")).toEqual([]);

    const states = [];
    for (const story of stories) {
      const state = await billingStateOf(story.workspaceId);
      states.push(state);
      expect(state.credits, story.workspaceId).toBe(story.expected.credits);
      expect(state.subscriptions).toHaveLength(1);
      expect(state.subscriptions[0]).toMatchObject({ status: story.expected.subscriptionStatus, cancelAtPeriodEnd: story.expected.cancelAtPeriodEnd, plan: "PRO" });
      const money = (kind: string) => state.ledger.filter((row) => row.kind === kind).map((row) => row.amountMinor).sort();
      expect(money("PAYMENT")).toEqual([...story.expected.payments].sort());
      // Several notices of one refund may be several rows; their sum per charge is what was refunded.
      const refunded = state.ledger.filter((row) => row.kind === "REFUND").reduce((sum, row) => sum + (row.amountMinor ?? 0), 0);
      expect(refunded).toBe(story.expected.refunds.reduce((sum, amount) => sum + amount, 0));
      // Every credit change adds up to the balance.
      expect(state.ledger.reduce((sum, row) => sum + row.creditsDelta, 0)).toBe(state.credits);
    }

    unique = shuffled(unique);
    const replay = await deliverAll(unique, 8);
    expect(new Set(replay)).toEqual(new Set(["duplicate"]));
    for (const [index, story] of stories.entries()) expect(await billingStateOf(story.workspaceId)).toEqual(states[index]);
  }, 240_000);
});
