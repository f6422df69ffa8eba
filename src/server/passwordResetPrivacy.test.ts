import { describe, expect, it } from "vitest";
import { revealsAccountExistence } from "./passwordResetPrivacy";

describe("password reset privacy", () => {
  it("hides the resend throttle and server failures, which only existing accounts hit", () => {
    expect(revealsAccountExistence(400, { message: "Please wait 42 secs before trying again." })).toBe(true);
    expect(revealsAccountExistence(500, { message: "Failed to send password reset email." })).toBe(true);
  });

  it("keeps validation errors and successes as they are", () => {
    expect(revealsAccountExistence(400, { message: "Invalid email" })).toBe(false);
    expect(revealsAccountExistence(422, { message: "Invalid email" })).toBe(false);
    expect(revealsAccountExistence(200, { success: true })).toBe(false);
  });
});
