import type { Prisma } from "@prisma/client";
import { lockWorkspace } from "../../workspaces/workspaceLock";

/**
 * The workspace an event is about, locked for the rest of the transaction:
 * found by the provider's customer (stored at checkout), or by the workspace
 * id the checkout put in metadata, which then links the customer.
 */
export async function lockWorkspaceOfCustomer(
  tx: Prisma.TransactionClient,
  customerId: string | undefined,
  workspaceIdHint: string | undefined,
): Promise<string | undefined> {
  const byCustomer = customerId
    ? await tx.workspace.findUnique({ where: { billingCustomerId: customerId }, select: { id: true } })
    : null;
  const workspaceId = byCustomer?.id ?? (workspaceIdHint && (await tx.workspace.findUnique({ where: { id: workspaceIdHint }, select: { id: true } }))?.id);
  if (!workspaceId) return undefined;
  await lockWorkspace(tx, workspaceId);
  if (!byCustomer && customerId) {
    await tx.workspace.updateMany({ where: { id: workspaceId, billingCustomerId: null }, data: { billingCustomerId: customerId } });
  }
  return workspaceId;
}
