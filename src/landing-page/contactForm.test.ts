import { describe, expect, it } from "vitest";
import { contactFormSchema } from "./contactForm";

describe("contact form schema", () => {
  it("accepts a complete message and trims it", () => {
    expect(contactFormSchema.parse({ name: " Ada ", email: "ada@example.com", message: "  Hello there, team!  " })).toEqual({
      name: "Ada",
      email: "ada@example.com",
      message: "Hello there, team!",
    });
  });

  it.each([
    [{ name: "", email: "ada@example.com", message: "Hello there, team!" }, "name"],
    [{ name: "Ada", email: "not-an-email", message: "Hello there, team!" }, "email"],
    [{ name: "Ada", email: "ada@example.com", message: "short" }, "message"],
    [{ name: "Ada", email: "ada@example.com", message: "x".repeat(5001) }, "message"],
  ])("rejects %j on %s", (input, field) => {
    const result = contactFormSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });
});
