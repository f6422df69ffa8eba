import type { PrismaClient } from "@prisma/client";
import { createProviderId, createUser, findAuthIdentity, sanitizeAndSerializeProviderData } from "wasp/server/auth";
import { createPersonalWorkspace } from "../../workspaces/personalWorkspace";
import { demoCompanies } from "./demoCompanies";

export const DEMO_USER_EMAIL = "demo@hyperformant.app";
export const DEMO_USER_PASSWORD = "hyperformant-demo";

/**
 * `wasp db seed`: a verified demo user with a workspace full of sample
 * companies. Safe to run again: an existing demo user is left as it is.
 */
export async function seedDemoData(prisma: PrismaClient) {
  const providerId = createProviderId("email", DEMO_USER_EMAIL);
  if (await findAuthIdentity(providerId)) {
    console.log(`Demo user ${DEMO_USER_EMAIL} already exists; nothing to seed.`);
    return;
  }
  const providerData = await sanitizeAndSerializeProviderData<"email">({
    hashedPassword: DEMO_USER_PASSWORD,
    isEmailVerified: true,
    emailVerificationSentAt: null,
    passwordResetSentAt: null,
  });
  const user = await createUser(providerId, providerData, {
    email: DEMO_USER_EMAIL,
    displayName: "Demo User",
    credits: 10,
  } as never);
  const workspace = await createPersonalWorkspace(prisma, { id: user.id, email: DEMO_USER_EMAIL });
  await prisma.workspace.update({ where: { id: workspace.id }, data: { name: "Northwind Insights (demo)" } });
  const seededAt = new Date();
  await prisma.company.createMany({
    data: demoCompanies.map((company) => ({
      ...company,
      workspaceId: workspace.id,
      createdById: user.id,
      enrichmentStatus: "ENRICHED" as const,
      enrichmentSource: "demo data",
      enrichedAt: seededAt,
    })),
  });
  console.log(`Seeded ${DEMO_USER_EMAIL} (password: ${DEMO_USER_PASSWORD}) with ${demoCompanies.length} companies.`);
}
