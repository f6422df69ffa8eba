import { hexId, MAX_POOL_INDEX } from "./people.ts";

/**
 * Lists (Apollo labels) of one API key. A list's membership is an array of pool
 * indices in Apollo's order (newest member first) plus a Set for label_ids;
 * records are generated only when a page asks for them, so a list of 120,000
 * costs two arrays of numbers.
 */
export type Modality = "contacts" | "accounts";

export interface Faults {
  rateLimitRetryAfterEvery?: number;
  rateLimitNoHeaderEvery?: number;
  serverErrorHtmlEvery?: number;
  hangPages?: number[];
  slowPagesMs?: number;
  minuteLimit?: number;
}
export const FAULT_NAMES = ["rateLimitRetryAfterEvery", "rateLimitNoHeaderEvery", "serverErrorHtmlEvery", "hangPages", "slowPagesMs", "minuteLimit"] as const;

export interface ListChange {
  afterPage: number;
  addAtHead: number;
  remove: number;
  fired: boolean;
}

/** What the stand-in served for a list: the control channel's /served report. */
export interface ListServed {
  /** Every search request that named this list, whatever it was answered. */
  requests: number;
  pagesServed: Map<number, number>;
  statuses: Map<number, number>;
  hung: number;
  hungPages: Set<number>;
}

export interface ListState {
  id: string;
  name: string;
  modality: Modality;
  createdAt: string;
  updatedAt: string;
  members: number[];
  memberSet: Set<number>;
  faults: Faults;
  changes: ListChange[];
  served: ListServed;
}

/** Where the key's next new contact and account come from (indices only grow). */
export interface PoolCursor {
  contacts: number;
  accounts: number;
}

const CREATED_AT = Date.UTC(2025, 0, 6);
let lastStamp = 0;
/** Now, as an ISO string, strictly later than any stamp before it (so updated_at always moves). */
export function freshTimestamp(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

export const labelId = (key: string, name: string) => hexId(`label:${key}:${name}`);

/** n positions spread evenly over [from, to), distinct while n <= to - from. */
const spread = (from: number, to: number, n: number) => Array.from({ length: n }, (_, j) => from + Math.floor(((j + 0.5) * (to - from)) / n));

function allocate(pool: PoolCursor, modality: Modality, count: number): number[] {
  const field = modality === "contacts" ? "contacts" : "accounts";
  const start = pool[field];
  if (start + count > MAX_POOL_INDEX) throw new Error("the stand-in's pool of records is exhausted");
  pool[field] = start + count;
  return Array.from({ length: count }, (_, offset) => start + offset);
}

export interface NewList {
  name: string;
  modality: Modality;
  size: number;
  /** Members shared with an earlier list: `count` of its members picked evenly along it, spread evenly through this one. */
  overlap?: { list: ListState; count: number };
  faults?: Faults;
  changes?: { afterPage: number; addAtHead: number; remove: number }[];
}

export function createList(key: string, pool: PoolCursor, spec: NewList, position: number): ListState {
  const other = spec.overlap?.list.members ?? [];
  const shared = spec.overlap ? spread(0, other.length, spec.overlap.count).map((at) => other[at]) : [];
  const fresh = allocate(pool, spec.modality, spec.size - shared.length);
  const members: number[] = new Array(spec.size);
  const sharedAt = new Set(shared.map((_, j) => Math.floor((j * spec.size) / shared.length)));
  let nextShared = 0;
  let nextFresh = 0;
  for (let at = 0; at < spec.size; at += 1) members[at] = sharedAt.has(at) ? shared[nextShared++] : fresh[nextFresh++];
  const createdAt = new Date(CREATED_AT + position * 86_400_000 * 3).toISOString();
  return {
    id: labelId(key, spec.name),
    name: spec.name,
    modality: spec.modality,
    createdAt,
    updatedAt: createdAt,
    members,
    memberSet: new Set(members),
    faults: spec.faults ?? {},
    changes: (spec.changes ?? []).map((change) => ({ ...change, fired: false })),
    served: { requests: 0, pagesServed: new Map(), statuses: new Map(), hung: 0, hungPages: new Set() },
  };
}

/**
 * Which positions a change removes: `count` spread evenly over the list, or, when
 * a pager is at `boundary` (the members it has been served), half of them among
 * those it has seen and half among those it has not.
 */
export function removalPositions(length: number, count: number, boundary = 0): number[] {
  const total = Math.min(count, length);
  if (boundary <= 0 || boundary >= length) return spread(0, length, total);
  let before = Math.min(Math.floor(total / 2), boundary);
  const after = Math.min(total - before, length - boundary);
  before = total - after;
  return [...spread(0, boundary, before), ...spread(boundary, length, after)];
}

/** Removes `remove` members (see removalPositions), then puts `addAtHead` new records at the head, in pool order. */
export function applyChange(list: ListState, pool: PoolCursor, addAtHead: number, remove: number, boundary = 0) {
  const removedAt = new Set(removalPositions(list.members.length, remove, boundary));
  const removed = list.members.filter((_, at) => removedAt.has(at));
  const added = allocate(pool, list.modality, addAtHead);
  list.members = [...added, ...list.members.filter((_, at) => !removedAt.has(at))];
  for (const index of removed) list.memberSet.delete(index);
  for (const index of added) list.memberSet.add(index);
  if (added.length > 0 || removed.length > 0) list.updatedAt = freshTimestamp();
  return { added, removed };
}

export function labelOf(list: ListState) {
  return { id: list.id, name: list.name, modality: list.modality, cached_count: list.members.length, created_at: list.createdAt, updated_at: list.updatedAt };
}

export function servedReport(list: ListState) {
  const statuses: Record<string, number> = { "200": 0, "422": 0, "429": 0, "502": 0 };
  for (const [status, count] of list.served.statuses) statuses[String(status)] = count;
  return {
    name: list.name,
    id: list.id,
    modality: list.modality,
    size: list.members.length,
    requests: list.served.requests,
    pagesServed: Object.fromEntries([...list.served.pagesServed].sort((a, b) => a[0] - b[0]).map(([page, count]) => [String(page), count])),
    statuses,
    hung: list.served.hung,
  };
}

export function recordStatus(list: ListState | undefined, status: number) {
  if (list) list.served.statuses.set(status, (list.served.statuses.get(status) ?? 0) + 1);
}
