import { fireEvent, screen } from "@testing-library/react";
import { renderInContext } from "wasp/client/test";
import { expect, test } from "vitest";
import { ContactForm } from "./ContactForm";

test("shows what is wrong with each field before sending anything", async () => {
  renderInContext(<ContactForm />);
  fireEvent.change(screen.getByLabelText("Email"), { target: { value: "not-an-email" } });
  fireEvent.click(screen.getByRole("button", { name: "Send message" }));

  expect(await screen.findByText("Tell us your name.")).toBeTruthy();
  expect(screen.getByText("Enter a valid email address.")).toBeTruthy();
  expect(screen.getByText("Write at least 10 characters.")).toBeTruthy();
  expect(screen.getByLabelText("Email").getAttribute("aria-invalid")).toBe("true");
});
