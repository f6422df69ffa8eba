import { queryRows } from "./database";

/** The personal workspace of a signed-up user: the personal one they own, not another member's they joined. */
export async function workspaceIdOf(email: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    `SELECT w.id FROM "Workspace" w JOIN "WorkspaceMember" m ON m."workspaceId" = w.id
      JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 AND w."isPersonal" AND m.role = 'OWNER'`,
    [email],
  );
  if (!row) throw new Error(`no workspace for ${email}`);
  return row.id;
}

/** Inserts companies straight into a workspace (fast setup for list and competitor tests). */
export async function insertCompanies(
  workspaceId: string,
  companies: { name: string; domain: string; role?: string; industry?: string; sizeBand?: string; employeeCount?: number; tags?: string[]; enrichmentStatus?: string }[],
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const company of companies) {
    const [row] = await queryRows<{ id: string }>(
      `INSERT INTO "Company" (id, "workspaceId", name, domain, role, industry, "sizeBand", "employeeCount", tags, "enrichmentStatus", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4::"CompanyRole", $5, $6::"CompanySizeBand", $7, $8, $9::"EnrichmentStatus", now())
       RETURNING id`,
      [
        workspaceId,
        company.name,
        company.domain,
        company.role ?? "WATCH",
        company.industry ?? null,
        company.sizeBand ?? null,
        company.employeeCount ?? null,
        company.tags ?? [],
        company.enrichmentStatus ?? "ENRICHED",
      ],
    );
    ids[company.domain] = row.id;
  }
  return ids;
}
