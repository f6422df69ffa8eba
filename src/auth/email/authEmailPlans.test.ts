import { describe, expect, it } from "vitest";
import { planPasswordReset, planSignup, type EmailIdentityState } from "./authEmailPlans";

const now = new Date("2026-05-01T12:00:00.000Z");
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();
const identity = (extra: Partial<EmailIdentityState> = {}): EmailIdentityState => ({
  hashedPassword: "$argon2id$existing",
  isEmailVerified: true,
  emailVerificationSentAt: null,
  passwordResetSentAt: null,
  ...extra,
});

describe("planPasswordReset", () => {
  const requestedAt = new Date(now.getTime() - 2_000);

  it("sends for an account that has had no reset mail, and does nothing without an account", () => {
    expect(planPasswordReset(identity(), requestedAt, now)).toBe("send");
    expect(planPasswordReset(null, requestedAt, now)).toBe("no-account");
  });

  it("sends nothing twice for one request, however late the replay", () => {
    const sentForThisRequest = identity({ passwordResetSentAt: new Date(requestedAt.getTime() + 500).toISOString() });
    expect(planPasswordReset(sentForThisRequest, requestedAt, now)).toBe("already-sent");
    expect(planPasswordReset(sentForThisRequest, requestedAt, new Date(now.getTime() + 3_600_000))).toBe("already-sent");
  });

  it("waits a minute between two requests' mails", () => {
    expect(planPasswordReset(identity({ passwordResetSentAt: secondsAgo(30) }), requestedAt, now)).toBe("too-soon");
    expect(planPasswordReset(identity({ passwordResetSentAt: secondsAgo(61) }), requestedAt, now)).toBe("send");
  });
});

describe("planSignup", () => {
  it("creates an account for a new address and leaves a verified one alone", () => {
    expect(planSignup(null, "$argon2id$new", now)).toBe("create-account");
    expect(planSignup(identity(), "$argon2id$new", now)).toBe("keep-verified-account");
  });

  it("resumes the account this same signup created (a replay creates nothing new)", () => {
    expect(planSignup(identity({ isEmailVerified: false, hashedPassword: "$argon2id$mine", emailVerificationSentAt: secondsAgo(1) }), "$argon2id$mine", now)).toBe(
      "resume-own-account",
    );
  });

  it("lets someone else's unverified signup give way, but not within a minute of its mail", () => {
    const squatter = (sentSecondsAgo: number) => identity({ isEmailVerified: false, emailVerificationSentAt: secondsAgo(sentSecondsAgo) });
    expect(planSignup(squatter(10), "$argon2id$new", now)).toBe("too-soon");
    expect(planSignup(squatter(61), "$argon2id$new", now)).toBe("replace-unverified-account");
    expect(planSignup(identity({ isEmailVerified: false }), "$argon2id$new", now)).toBe("replace-unverified-account");
  });
});
