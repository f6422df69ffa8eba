import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { HttpError } from "wasp/server";
import type { ExportApolloListMembers } from "wasp/server/api";
import type { PrismaClient } from "@prisma/client";
import { fieldErrorsOf } from "../../server/operations/fieldErrors";
import { guardSpreadsheetFormula } from "../../shared/spreadsheetFormulaGuard";
import { requireWorkspaceMember, assertFoundInWorkspace } from "../../workspaces/workspaceAccess";
import { exportApolloListMembersInput } from "./listInputs";

const BATCH = 1_000;
const CONTACT_COLUMNS = ["apollo_id", "name", "title", "email", "email_status", "reachable", "organization", "company_domain", "tracked_company"];
const ACCOUNT_COLUMNS = ["apollo_id", "name", "domain", "tracked_company"];

type Cell = string | number | boolean | null;
const cells = (values: Cell[]) => values.map((value) => (typeof value === "string" ? guardSpreadsheetFormula(value) : value));

/** GET /api/apollo/lists/:listId/members.csv: a synced list's stored members, streamed a batch at a time. */
export const exportApolloListMembers: ExportApolloListMembers = async (req, res, context) => {
  const { workspace } = await requireWorkspaceMember(context.user, context.entities.WorkspaceMember);
  const parsed = exportApolloListMembersInput.safeParse(req.params);
  if (!parsed.success) throw new HttpError(400, "Pick a list from the Apollo page.", { fieldErrors: fieldErrorsOf(parsed.error) });
  const list = await context.entities.ApolloSmartList.findFirst({ where: { id: parsed.data.listId, workspaceId: workspace.id } });
  assertFoundInWorkspace(list, "list");
  const slug = list.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "list";
  res.status(200);
  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="apollo-${slug}-${new Date().toISOString().slice(0, 10)}.csv"`);
  const rows = list.modality === "CONTACTS" ? contactRows(context.entities.ApolloContact, workspace.id, list.id) : accountRows(context.entities.ApolloAccount, workspace.id, list.id);
  const columns = list.modality === "CONTACTS" ? CONTACT_COLUMNS : ACCOUNT_COLUMNS;
  await pipeline(Readable.from(rows), stringify({ header: true, columns, cast: { boolean: (value) => (value ? "yes" : "no") } }), res);
};

/** Every row `fetchAfter` finds, a batch at a time by id (a cursor), so a large list never sits in memory whole. */
async function* inBatches<Row extends { id: string }>(fetchAfter: (cursor: string | undefined) => Promise<Row[]>) {
  for (let cursor: string | undefined; ; ) {
    const batch = await fetchAfter(cursor);
    yield* batch;
    if (batch.length < BATCH) return;
    cursor = batch[batch.length - 1].id;
  }
}

const page = (cursor: string | undefined) => ({ orderBy: { id: "asc" as const }, take: BATCH, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
const trackedCompany = { company: { select: { name: true } } } as const;

async function* contactRows(contacts: PrismaClient["apolloContact"], workspaceId: string, listId: string) {
  const where = { workspaceId, listings: { some: { listId } } };
  for await (const contact of inBatches((cursor) => contacts.findMany({ where, ...page(cursor), include: trackedCompany }))) {
    yield cells([contact.apolloContactId, contact.name, contact.title, contact.email, contact.emailStatus, contact.email !== null, contact.organizationName, contact.companyDomain, contact.company?.name ?? null]);
  }
}

async function* accountRows(accounts: PrismaClient["apolloAccount"], workspaceId: string, listId: string) {
  const where = { workspaceId, listings: { some: { listId } } };
  for await (const account of inBatches((cursor) => accounts.findMany({ where, ...page(cursor), include: trackedCompany }))) {
    yield cells([account.apolloAccountId, account.name, account.domain, account.company?.name ?? null]);
  }
}
