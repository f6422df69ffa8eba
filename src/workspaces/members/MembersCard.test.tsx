import { screen, within } from "@testing-library/react";
import { renderInContext } from "wasp/client/test";
import { describe, expect, test } from "vitest";
import { MembersCard } from "./MembersCard";
import type { WorkspaceMembersView } from "./memberOperations";

const member = (name: string, role: "OWNER" | "ADMIN" | "MEMBER", isYou = false) => ({
  userId: `${name}-id`,
  email: `${name.toLowerCase()}@example.test`,
  name,
  role,
  joinedAt: new Date("2026-11-01T00:00:00Z"),
  isYou,
});

const viewAs = (yourRole: "OWNER" | "ADMIN" | "MEMBER"): WorkspaceMembersView => ({
  workspace: { id: "w", name: "Acme", isPersonal: false },
  yourRole,
  members: [member("Olive", "OWNER", yourRole === "OWNER"), member("Adam", "ADMIN", yourRole === "ADMIN"), member("Mia", "MEMBER", yourRole === "MEMBER")],
  seats: { used: 4, limit: 5, members: 3, pendingInvitations: 1 },
});

const rowOf = (name: string) => screen.getAllByTestId("member-row").find((row) => row.textContent?.includes(name))!;

describe("the members card", () => {
  test("shows seats against the limit", () => {
    renderInContext(<MembersCard view={viewAs("OWNER")} />);
    expect(screen.getByTestId("seat-usage").textContent).toBe("4 of 5 seats used (3 members, 1 pending invitations)");
  });

  test("lets an owner change anyone else's role, hand over, and remove", () => {
    renderInContext(<MembersCard view={viewAs("OWNER")} />);
    expect(within(rowOf("Olive")).queryByRole("combobox")).toBeNull();
    expect(within(rowOf("Mia")).getByRole("combobox", { name: "Role of Mia" })).toBeTruthy();
    expect(within(rowOf("Mia")).getByRole("button", { name: "Make owner" })).toBeTruthy();
    expect(within(rowOf("Adam")).getByRole("button", { name: "Remove" })).toBeTruthy();
  });

  test("gives an admin no hold on owners and no owner role to hand out", () => {
    renderInContext(<MembersCard view={viewAs("ADMIN")} />);
    expect(within(rowOf("Olive")).queryByRole("button", { name: "Remove" })).toBeNull();
    const miaRole = within(rowOf("Mia")).getByRole("combobox", { name: "Role of Mia" });
    expect(within(miaRole).queryByRole("option", { name: "owner" })).toBeNull();
    expect(within(rowOf("Mia")).queryByRole("button", { name: "Make owner" })).toBeNull();
  });

  test("shows a member the list without any control", () => {
    renderInContext(<MembersCard view={viewAs("MEMBER")} />);
    expect(screen.queryAllByRole("combobox")).toHaveLength(0);
    expect(screen.queryAllByRole("button")).toHaveLength(0);
  });
});
