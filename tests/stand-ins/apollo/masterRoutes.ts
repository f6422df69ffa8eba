import type { IncomingMessage, ServerResponse } from "node:http";
import { badGateway, BodyError, forbidden, json, readJson, tooMany, type RateWindows } from "./http.ts";
import { bareRecordOf, changeList, contactById, labelsOf, listById, recordOf, type KeyState, type KeyStates } from "./keyState.ts";
import { recordStatus, type ListState, type Modality } from "./lists.ts";
import { addContactIds, positiveInteger, searchSequences } from "./sequences.ts";

/**
 * The endpoints only a master key may call: lists (GET /labels, POST
 * /contacts/search, POST /accounts/search) and sequences (POST
 * /emailer_campaigns/search, GET /email_accounts, POST
 * /emailer_campaigns/{id}/add_contact_ids). A standard key gets Apollo's 403.
 */
export interface MasterContext {
  states: KeyStates;
  windows: RateWindows;
  /** The minute limit of these endpoints per key (a list's faults.minuteLimit overrides it for that list). */
  apiMinuteLimit: number;
  /** Waits, unless the stand-in closes first (then never resolves). */
  delay(ms: number): Promise<void>;
}

/** Apollo's cap on a search: 500 pages (50,000 records at 100 a page). */
export const MAX_PAGE = 500;
export const MAX_PER_PAGE = 100;
const ADD_CONTACT_IDS = /^\/emailer_campaigns\/([^/]+)\/add_contact_ids$/;

export function isMasterRoute(method: string, path: string): boolean {
  if (method === "GET") return path === "/labels" || path === "/email_accounts";
  if (method === "POST") return ["/contacts/search", "/accounts/search", "/emailer_campaigns/search"].includes(path) || ADD_CONTACT_IDS.test(path);
  return false;
}

export async function handleMaster(context: MasterContext, req: IncomingMessage, res: ServerResponse, key: string, path: string, isStandardKey: boolean) {
  if (isStandardKey) return json(res, 403, forbidden(path));
  const state = context.states.get(key);
  let body: Record<string, unknown> = {};
  try {
    if (req.method === "POST") body = await readJson(req);
  } catch (error) {
    if (error instanceof BodyError) return json(res, 422, { error: error.message });
    throw error;
  }
  if (path === "/contacts/search" || path === "/accounts/search") {
    return searchList(context, res, state, path, path === "/contacts/search" ? "contacts" : "accounts", body);
  }
  const limits = context.windows.take(`api:${key}`, context.apiMinuteLimit);
  if (limits.exceeded) return json(res, 429, tooMany(path, context.apiMinuteLimit));
  const answer = (status: number, payload: unknown) => json(res, status, payload, status === 200 ? limits.headers : {});
  if (path === "/labels") return answer(200, labelsOf(state));
  if (path === "/email_accounts") return answer(200, { email_accounts: state.outreach.mailboxes });
  if (path === "/emailer_campaigns/search") {
    const { status, body: payload } = searchSequences(state.outreach, body);
    return answer(status, payload);
  }
  const sequenceId = decodeURIComponent(ADD_CONTACT_IDS.exec(path)?.[1] ?? "");
  const { status, body: payload } = addContactIds(state.outreach, sequenceId, body, (id) => contactById(state, id));
  return answer(status, payload);
}

const searchable: Record<Modality, string[]> = { contacts: ["name", "title", "email", "organization_name"], accounts: ["name", "domain"] };

function matches(record: Record<string, unknown>, modality: Modality, query: string) {
  return searchable[modality].some((field) => typeof record[field] === "string" && (record[field] as string).toLowerCase().includes(query));
}

async function searchList(context: MasterContext, res: ServerResponse, state: KeyState, path: string, modality: Modality, body: Record<string, unknown>) {
  const field = modality === "contacts" ? "contact_label_ids" : "account_label_ids";
  const ids = body[field];
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === "string")) {
    return json(res, 422, { error: `${field} must be an array holding the id of the list to search` });
  }
  if (ids.length > 1) return json(res, 422, { error: `the stand-in searches one list at a time: pass one id in ${field}` });
  const list = listById(state, ids[0] as string, modality);
  if (list) list.served.requests += 1;
  const refuse = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
    recordStatus(list, status);
    json(res, status, payload, headers);
  };
  const page = positiveInteger(body, "page", 1);
  const perPage = positiveInteger(body, "per_page", 10);
  if (typeof page === "string") return refuse(422, { error: page });
  if (typeof perPage === "string") return refuse(422, { error: perPage });
  if (body.q_keywords !== undefined && body.q_keywords !== null && typeof body.q_keywords !== "string") return refuse(422, { error: "q_keywords must be a string" });
  const query = typeof body.q_keywords === "string" ? body.q_keywords.trim().toLowerCase() : "";
  const size = Math.min(perPage, MAX_PER_PAGE);

  if (!list) {
    const limits = context.windows.take(`api:${state.key}`, context.apiMinuteLimit);
    if (limits.exceeded) return json(res, 429, tooMany(path, context.apiMinuteLimit));
    return json(res, 200, { [modality]: [], pagination: { page, per_page: size, total_entries: 0, total_pages: 0 } }, limits.headers);
  }
  const { faults, served } = list;
  if (faults.hangPages?.includes(page) && !served.hungPages.has(page)) {
    // Never answered: the socket stays open until the client gives up, or reset()/close() ends it.
    served.hungPages.add(page);
    served.hung += 1;
    state.hung.add(res);
    res.on("close", () => state.hung.delete(res));
    return;
  }
  const limit = faults.minuteLimit ?? context.apiMinuteLimit;
  const limits = context.windows.take(faults.minuteLimit ? `list:${state.key}:${list.id}` : `api:${state.key}`, limit);
  if (limits.exceeded) return refuse(429, tooMany(path, limit));
  const nth = (every: number | undefined) => every !== undefined && served.requests % every === 0;
  if (nth(faults.rateLimitRetryAfterEvery)) return refuse(429, tooMany(path, limit), { "retry-after": "1" });
  if (nth(faults.rateLimitNoHeaderEvery)) return refuse(429, tooMany(path, limit));
  if (nth(faults.serverErrorHtmlEvery)) {
    recordStatus(list, 502);
    return badGateway(res);
  }
  if (page > MAX_PAGE) {
    return refuse(422, { error: `page must be at most ${MAX_PAGE}: a search returns at most ${MAX_PAGE} pages (${MAX_PAGE * MAX_PER_PAGE} records at ${MAX_PER_PAGE} per page); narrow the search to see the rest` });
  }
  if (faults.slowPagesMs) await context.delay(faults.slowPagesMs);
  if (res.destroyed) return;

  const members = query ? list.members.filter((index) => matches(bareRecordOf(state, modality, index), modality, query)) : list.members;
  const records = members.slice((page - 1) * size, page * size).map((index) => recordOf(state, modality, index));
  recordStatus(list, 200);
  json(res, 200, { [modality]: records, pagination: { page, per_page: size, total_entries: members.length, total_pages: Math.ceil(members.length / size) } }, limits.headers);
  afterServing(state, list, page, size);
}

/** Counts the page and, the first time it is served, fires the list's changes that wait for it. */
function afterServing(state: KeyState, list: ListState, page: number, size: number) {
  const times = (list.served.pagesServed.get(page) ?? 0) + 1;
  list.served.pagesServed.set(page, times);
  if (times !== 1) return;
  for (const change of list.changes) {
    if (change.fired || change.afterPage !== page) continue;
    change.fired = true;
    changeList(state, list, change.addAtHead, change.remove, Math.min(page * size, list.members.length));
  }
}
