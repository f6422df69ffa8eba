import { describe, expect, it } from "vitest";
import { errorMessageOf, fieldErrorOf } from "./operationErrors";

describe("errorMessageOf", () => {
  it("reads a Wasp action error", () => {
    expect(errorMessageOf({ message: "acme.com is already tracked." })).toBe("acme.com is already tracked.");
  });

  it("reads the body of an API call's HTTPError", () => {
    const error = { message: "Request failed with status code 400", response: {}, data: { message: "No domain column." } };
    expect(errorMessageOf(error)).toBe("No domain column.");
  });

  it("falls back when there is nothing readable", () => {
    expect(errorMessageOf(new Error("Request failed with status code 500"), "Try later.")).toBe("Try later.");
    expect(errorMessageOf(null, "Try later.")).toBe("Try later.");
  });
});

describe("fieldErrorOf", () => {
  it("finds the first error of a field", () => {
    expect(fieldErrorOf({ data: { fieldErrors: { domain: ["Bad domain.", "Other"] } } }, "domain")).toBe("Bad domain.");
    expect(fieldErrorOf({ data: {} }, "domain")).toBeUndefined();
  });
});
