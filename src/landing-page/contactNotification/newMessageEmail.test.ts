import { describe, expect, it } from "vitest";
import { newMessageEmail } from "./newMessageEmail";

const message = { name: "Grace <b>", email: "grace@example.test", message: "Do you cover\nthe German market?", createdAt: new Date("2026-12-02T10:00:00Z") };

describe("contact message emails", () => {
  it("tell admins who wrote what, with the message escaped in HTML", () => {
    const email = newMessageEmail(message, "https://hyperformant.app/admin/messages");
    expect(email.subject).toBe("New contact message from Grace <b>");
    expect(email.text).toContain("Do you cover\nthe German market?");
    expect(email.text).toContain("https://hyperformant.app/admin/messages");
    expect(email.html).toContain("Grace &#60;b&#62;");
    expect(email.html).not.toContain("<b>");
  });

  it("cut a very long message short", () => {
    expect(newMessageEmail({ ...message, message: "x".repeat(5_000) }, "u").text).toContain(`${"x".repeat(1_000)}…`);
  });
});
