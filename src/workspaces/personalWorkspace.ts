import type { PrismaClient } from "@prisma/client";
import { openingCreditsEntry } from "../payment/credits/creditLedger";
import { FREE_STARTING_CREDITS } from "../payment/plans";

export function personalWorkspaceName(email: string | null): string {
  const localPart = email?.split("@")[0]?.trim();
  return localPart ? `${localPart}'s workspace` : "My workspace";
}

/** Idempotent: a user who already owns a personal workspace keeps it. */
export async function createPersonalWorkspace(
  prisma: Pick<PrismaClient, "workspace">,
  user: { id: string; email: string | null },
) {
  const existing = await prisma.workspace.findFirst({
    where: { isPersonal: true, members: { some: { userId: user.id, role: "OWNER" } } },
  });
  if (existing) return existing;
  return prisma.workspace.create({
    data: {
      name: personalWorkspaceName(user.email),
      isPersonal: true,
      members: { create: { userId: user.id, role: "OWNER" } },
      ledgerEntries: { create: openingCreditsEntry(FREE_STARTING_CREDITS) },
    },
  });
}
