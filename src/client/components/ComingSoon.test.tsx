import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { ComingSoon } from "./ComingSoon";

test("says plainly that the section is not built yet", () => {
  render(<ComingSoon title="Reports" description="AI market reports." />);
  expect(screen.getByRole("heading", { name: "Reports" })).toBeTruthy();
  expect(screen.getByText("Coming soon")).toBeTruthy();
});
