import type { Prisma } from "@prisma/client";

export type AdminAction = "grant-admin" | "revoke-admin" | "suspend-user" | "reactivate-user" | "mark-message-replied" | "rerun-workflow" | "change-workflow-settings";

/**
 * Every admin action goes to the Log table (source "admin") with who did it,
 * to whom and what changed, in the transaction of the change itself.
 */
export function writeAdminLog(
  tx: Pick<Prisma.TransactionClient, "log">,
  entry: { admin: { id: string; email: string | null }; action: AdminAction; message: string; target: Record<string, unknown> },
) {
  return tx.log.create({
    data: {
      level: "INFO",
      source: "admin",
      message: entry.message,
      context: { action: entry.action, adminId: entry.admin.id, adminEmail: entry.admin.email, ...entry.target } as Prisma.InputJsonObject,
    },
  });
}
