import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "./fieldErrors";

describe("fieldErrorsOf", () => {
  const schema = z.object({ name: z.string().min(1, "Name is required."), address: z.object({ zip: z.string() }) });

  it("keys each message by its field path", () => {
    const result = schema.safeParse({ name: "", address: { zip: 7 } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({
      name: ["Name is required."],
      "address.zip": [expect.stringMatching(/string/i)],
    });
  });

  it("puts errors about the whole input under _", () => {
    const result = schema.safeParse("not an object");
    if (result.success) throw new Error("expected failure");
    expect(Object.keys(fieldErrorsOf(result.error))).toEqual(["_"]);
  });
});
