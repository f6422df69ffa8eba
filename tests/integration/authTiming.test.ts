import { describe, expect, it } from "vitest";
import { post, postFrom, signUpVerifiedUser, testPassword, uniqueEmail } from "./support/httpClient";
import { median, timeInterleaved } from "./support/timing";

/**
 * Whether an email has an account must not show in how long the server takes
 * to answer. Each test times both kinds of request over many rounds and
 * compares the medians; before the fix they were about 1.5 s apart.
 */
const ROUNDS = 24;
const MAX_MEDIAN_GAP_MS = 100;
/** A failed login is one password hash (about 25 ms here) when it leaks: the bound must be below that. */
const MAX_LOGIN_MEDIAN_GAP_MS = 10;

function report(label: string, registered: number[], unknown: number[]) {
  const figures = { registered: Math.round(median(registered)), unknown: Math.round(median(unknown)) };
  const sorted = (times: number[]) => [...times].sort((a, b) => a - b).map(Math.round).join(" ");
  console.info(`${label}: median ${figures.registered} ms for a registered email, ${figures.unknown} ms for an unknown one`);
  console.info(`  registered: ${sorted(registered)}\n  unknown:    ${sorted(unknown)}`);
  return Math.abs(median(registered) - median(unknown));
}

describe("no account enumeration by timing", () => {
  it("answers a password reset for a registered and an unknown email alike, in the same time", async () => {
    const { email } = await signUpVerifiedUser("timing-reset");
    const timings = await timeInterleaved(
      ROUNDS,
      () => post("/auth/email/request-password-reset", { email }),
      () => post("/auth/email/request-password-reset", { email: uniqueEmail("timing-reset-nobody") }),
    );
    const gap = report("password reset", timings.first, timings.second);
    expect(new Set(timings.results.map((result) => JSON.stringify(result)))).toEqual(new Set([JSON.stringify({ status: 200, body: { success: true } })]));
    expect(gap).toBeLessThan(MAX_MEDIAN_GAP_MS);
  }, 180_000);

  it("answers a signup with a taken and a new email alike, in the same time", async () => {
    const { email } = await signUpVerifiedUser("timing-signup");
    const timings = await timeInterleaved(
      ROUNDS,
      () => post("/auth/email/signup", { email, password: `${testPassword}-again` }),
      () => post("/auth/email/signup", { email: uniqueEmail("timing-signup-new"), password: testPassword }),
    );
    const gap = report("signup", timings.first, timings.second);
    expect(new Set(timings.results.map((result) => JSON.stringify(result)))).toEqual(new Set([JSON.stringify({ status: 200, body: { success: true } })]));
    expect(gap).toBeLessThan(MAX_MEDIAN_GAP_MS);
  }, 180_000);

  it("fails a login with a registered email and a wrong password as fast as one with an unknown email", async () => {
    const { email } = await signUpVerifiedUser("timing-login");
    // A new client address each time, so the failed-login limits (5 per IP and email) never step in.
    let client = 0;
    const from = () => `198.51.100.${(client++ % 250) + 1}`;
    const timings = await timeInterleaved(
      ROUNDS,
      () => postFrom(from(), "/auth/email/login", { email, password: "a-wrong-password-123" }),
      () => postFrom(from(), "/auth/email/login", { email: uniqueEmail("timing-login-nobody"), password: "a-wrong-password-123" }),
    );
    const gap = report("failed login", timings.first, timings.second);
    expect(new Set(timings.results.map((result) => result.status))).toEqual(new Set([401]));
    // Without the decoy hash for unknown emails the medians were about 25 ms apart.
    expect(gap).toBeLessThan(MAX_LOGIN_MEDIAN_GAP_MS);
  }, 180_000);
});
