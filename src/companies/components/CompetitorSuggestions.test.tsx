import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { CompetitorSuggestions } from "./CompetitorSuggestions";

describe("CompetitorSuggestions", () => {
  test("accepts and dismisses suggestions, saying why each was suggested", () => {
    const onAccept = vi.fn();
    const onDismiss = vi.fn();
    render(
      <CompetitorSuggestions
        suggestions={[{ linkId: "l1", company: { id: "c1", name: "Peer", domain: "peer.com", industry: "Software", sizeBand: "MEDIUM" } }]}
        onAccept={onAccept}
        onDismiss={onDismiss}
      />,
    );
    expect(screen.getByText(/Same industry \(Software\) and size band \(51–200 employees\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Accept Peer" }));
    fireEvent.click(screen.getByRole("button", { name: "Dismiss Peer" }));
    expect(onAccept).toHaveBeenCalledWith("l1");
    expect(onDismiss).toHaveBeenCalledWith("l1");
  });

  test("has an empty state", () => {
    render(<CompetitorSuggestions suggestions={[]} onAccept={() => {}} onDismiss={() => {}} />);
    expect(screen.getByText("No open suggestions.")).toBeTruthy();
  });
});
