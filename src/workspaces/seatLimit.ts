import { env } from "wasp/server";

/**
 * The seat limit of a workspace: the one place it is read. A personal
 * workspace is one person's; a team's comes from the server's setting until
 * plans (billing) set it per workspace.
 */
export function seatLimitOf(workspace: { isPersonal: boolean }): number {
  return workspace.isPersonal ? 1 : env.WORKSPACE_SEAT_LIMIT;
}
