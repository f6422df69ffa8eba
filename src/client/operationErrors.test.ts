import { describe, expect, it } from "vitest";
import { errorMessageOf, fieldErrorOf, fieldErrorsOf } from "./operationErrors";

describe("errorMessageOf", () => {
  it("reads a Wasp action error, which carries the server's body as data", () => {
    const error = { message: "Some fields are invalid.", statusCode: 400, data: { message: "acme.com is already tracked.", data: {} } };
    expect(errorMessageOf(error)).toBe("acme.com is already tracked.");
    expect(errorMessageOf(new Error("Network down"))).toBe("Network down");
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
    const error = { message: "x", data: { message: "Some fields are invalid.", data: { fieldErrors: { domain: ["Bad domain.", "Other"] } } } };
    expect(fieldErrorOf(error, "domain")).toBe("Bad domain.");
    expect(fieldErrorsOf(error)).toEqual({ domain: "Bad domain." });
    expect(fieldErrorOf({ message: "x", data: { message: "y" } }, "domain")).toBeUndefined();
  });
});
