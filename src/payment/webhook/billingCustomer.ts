import type { Sql } from "../../server/db/sql";

/**
 * The workspace an event is about, locked for the rest of the transaction:
 * found by the provider's customer (stored at checkout), or by the workspace
 * id the checkout put in metadata, which then links the customer.
 */
export async function lockWorkspaceOfCustomer(sql: Sql, customerId: string | undefined, workspaceIdHint: string | undefined): Promise<string | undefined> {
  if (customerId) {
    const [byCustomer] = await sql<{ id: string }>(`SELECT id FROM "Workspace" WHERE "billingCustomerId" = $1 FOR UPDATE`, [customerId]);
    if (byCustomer) return byCustomer.id;
  }
  if (!workspaceIdHint) return undefined;
  const [byHint] = await sql<{ id: string; billingCustomerId: string | null }>(`SELECT id, "billingCustomerId" FROM "Workspace" WHERE id = $1 FOR UPDATE`, [workspaceIdHint]);
  if (!byHint) return undefined;
  if (customerId && byHint.billingCustomerId === null) {
    await sql(`UPDATE "Workspace" SET "billingCustomerId" = $2, "updatedAt" = now() WHERE id = $1`, [byHint.id, customerId]);
  }
  return byHint.id;
}
