import { describe, expect, it } from "vitest";
import { workspaceIdFilterOf } from "./workspaceIdFilter";

describe("workspaceIdFilterOf", () => {
  it("sends a whole id (trimmed), nothing for an empty or partial one, and says which are valid", () => {
    expect(workspaceIdFilterOf("")).toEqual({ valid: true, args: {} });
    expect(workspaceIdFilterOf(" 7b0c9a3e-2f7d-4a5e-9c1b-3d2e1f0a9b8c ")).toEqual({ valid: true, args: { workspaceId: "7b0c9a3e-2f7d-4a5e-9c1b-3d2e1f0a9b8c" } });
    expect(workspaceIdFilterOf("7b0c9a3e")).toEqual({ valid: false, args: {} });
    expect(workspaceIdFilterOf("  ")).toEqual({ valid: false, args: {} });
  });
});
