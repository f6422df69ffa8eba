import type { PrismaClient } from "@prisma/client";

export async function seedDemoData(_prisma: PrismaClient) {
  // Filled in with the demo-data step.
}
