import { describe, expect, it } from "vitest";
import { accountExportFileName, buildAccountExport } from "./accountExport";

describe("account export", () => {
  const exportedAt = new Date("2026-03-04T05:06:07Z");

  it("wraps the user's data with a format version and timestamp", () => {
    const document = buildAccountExport(
      {
        user: { id: "u1", email: "ada@example.com" },
        memberships: [{ role: "OWNER", workspace: { id: "w1", name: "Ada's workspace" } }],
        ownedWorkspaces: [{ id: "w1", companies: [{ domain: "acme.com" }] }],
        contactFormMessages: [],
      },
      exportedAt,
    );
    expect(document).toEqual({
      formatVersion: 1,
      exportedAt: "2026-03-04T05:06:07.000Z",
      user: { id: "u1", email: "ada@example.com" },
      memberships: [{ role: "OWNER", workspaceId: "w1", workspaceName: "Ada's workspace" }],
      workspaces: [{ id: "w1", companies: [{ domain: "acme.com" }] }],
      contactFormMessages: [],
    });
  });

  it("names the file after the export date", () => {
    expect(accountExportFileName(exportedAt)).toBe("hyperformant-export-2026-03-04.json");
  });
});
