const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const WORKSPACE_ID_HINT = "A workspace id looks like 8-4-4-4-12 hexadecimal digits.";

/** An admin filter's typed workspace id: valid when empty or a whole id; only a whole id is sent to the server. */
export function workspaceIdFilterOf(draft: string): { valid: boolean; args: { workspaceId?: string } } {
  if (draft === "") return { valid: true, args: {} };
  const trimmed = draft.trim();
  return uuidPattern.test(trimmed) ? { valid: true, args: { workspaceId: trimmed } } : { valid: false, args: {} };
}
