import { fireEvent, screen } from "@testing-library/react";
import { renderInContext } from "wasp/client/test";
import { describe, expect, test, vi } from "vitest";
import { ApolloMembersTable } from "./ApolloMembersTable";
import type { ApolloListMembersView } from "./operations";

const view: ApolloListMembersView = {
  list: { id: "l1", name: "Founders", modality: "contacts", memberCount: 2, lastSyncedAt: new Date(), syncEnabled: true },
  canEnrol: true,
  total: 2,
  reachable: 1,
  page: 1,
  pageSize: 50,
  rows: [
    { id: "c1", apolloId: "a1", name: "Ada Lovelace", title: "CTO", email: "ada@harbor.io", reachable: true, organization: "Harbor", company: { id: "co1", name: "Harbor Analytics", domain: "harbor.io" } },
    { id: "c2", apolloId: "a2", name: "Grace Hopper", title: null, email: null, reachable: false, organization: "Navy Labs", company: null },
  ],
};

describe("a list's members", () => {
  test("link to their companies; a contact without an email is kept but cannot be picked", () => {
    const onToggle = vi.fn();
    renderInContext(<ApolloMembersTable view={view} selected={new Set()} onToggle={onToggle} />);
    expect(screen.getByRole("link", { name: "Harbor Analytics" }).getAttribute("href")).toBe("/app/companies/co1");
    expect(screen.getByText("no email")).toBeTruthy();
    expect(screen.getByText("Navy Labs")).toBeTruthy();
    expect((screen.getByLabelText("Select Grace Hopper") as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText("Select Ada Lovelace"));
    expect(onToggle).toHaveBeenCalledWith("c1");
  });

  test("without the right to enrol there is nothing to pick", () => {
    renderInContext(<ApolloMembersTable view={view} selected={new Set()} />);
    expect(screen.queryByLabelText("Select Ada Lovelace")).toBeNull();
  });
});
