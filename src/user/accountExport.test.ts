import { describe, expect, it } from "vitest";
import { accountExportFileName, buildAccountExport } from "./accountExport";

describe("account export", () => {
  const exportedAt = new Date("2026-03-04T05:06:07Z");

  it("wraps the user's data with a format version and timestamp", () => {
    const document = buildAccountExport(
      {
        user: { id: "u1", email: "ada@example.com" },
        memberships: [
          { role: "OWNER", createdAt: new Date("2026-01-01T00:00:00Z"), workspace: { id: "w1", name: "Ada's workspace", isPersonal: true, _count: { members: 1 } } },
          { role: "MEMBER", createdAt: new Date("2026-02-01T00:00:00Z"), workspace: { id: "w2", name: "Acme team", isPersonal: false, _count: { members: 4 } } },
        ],
        ownedWorkspaces: [{ id: "w1", companies: [{ domain: "acme.com" }] }],
        contactFormMessages: [],
      },
      exportedAt,
    );
    expect(document).toEqual({
      formatVersion: 1,
      exportedAt: "2026-03-04T05:06:07.000Z",
      user: { id: "u1", email: "ada@example.com" },
      memberships: [
        { role: "OWNER", workspaceId: "w1", workspaceName: "Ada's workspace", isPersonal: true, memberCount: 1, joinedAt: "2026-01-01T00:00:00.000Z" },
        { role: "MEMBER", workspaceId: "w2", workspaceName: "Acme team", isPersonal: false, memberCount: 4, joinedAt: "2026-02-01T00:00:00.000Z" },
      ],
      workspaces: [{ id: "w1", companies: [{ domain: "acme.com" }] }],
      contactFormMessages: [],
    });
  });

  it("names the file after the export date", () => {
    expect(accountExportFileName(exportedAt)).toBe("hyperformant-export-2026-03-04.json");
  });
});
