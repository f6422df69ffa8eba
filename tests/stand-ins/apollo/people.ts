import { createHash } from "node:crypto";
import { fakeOrganization } from "./organizations.ts";

/**
 * The per-key pools of people (contacts) and companies (accounts), generated on
 * demand from (API key, pool index) alone: nothing is stored but the touches the
 * control channel makes. Pool index i of a key always gives the same record, in
 * every process, so ids are stable across restarts.
 *
 * Ids are 24 hex characters like Apollo's (Mongo ObjectIds): 18 from
 * sha256("<kind>:<key>:<index>") then the index in 6 hex, so an id can be
 * checked (and its index found) without a lookup table.
 *
 * Contacts work at one of COMPANY_COUNT companies (accounts 0..149 of the same
 * key; a few big companies hold many), and each pool index has its own name
 * (first.last, then first.last2 past 3,600 people), so emails never repeat.
 */
export const COMPANY_COUNT = 150;
/** Pool indices fit in the id's last 6 hex digits. */
export const MAX_POOL_INDEX = 0xffffff;

export const sha = (text: string) => createHash("sha256").update(text).digest();
/** 24 hex characters derived from a text (for list, sequence, mailbox and user ids). */
export const hexId = (text: string) => sha(text).subarray(0, 12).toString("hex");

export type PoolKind = "contact" | "account";

const recordHash = (kind: PoolKind, key: string, index: number) => sha(`${kind}:${key}:${index}`);
const idOf = (hash: Buffer, index: number) => hash.subarray(0, 9).toString("hex") + index.toString(16).padStart(6, "0");

export function poolId(kind: PoolKind, key: string, index: number): string {
  return idOf(recordHash(kind, key, index), index);
}

const companyIds = new Map<string, string[]>();
/** The account id of company c of a key (cached: every contact at it names it). */
function companyAccountId(key: string, company: number): string {
  let ids = companyIds.get(key);
  if (!ids) {
    ids = [];
    companyIds.set(key, ids);
  }
  return (ids[company] ??= poolId("account", key, company));
}

/** The pool index an id stands for, or null when it is not an id of this key's pool of that kind. */
export function poolIndexOf(kind: PoolKind, key: string, id: unknown): number | null {
  if (typeof id !== "string" || !/^[0-9a-f]{24}$/.test(id)) return null;
  const index = parseInt(id.slice(18), 16);
  return poolId(kind, key, index) === id ? index : null;
}

const prefixes = ["harbor", "northwind", "summit", "bluefin", "ironwood", "brightpath", "cedar", "lumen", "keystone", "silverline", "oakridge", "pinecrest", "redwood", "tidewater", "granite"];
const suffixes = ["analytics", "logistics", "labs", "systems", "freight", "health", "cloud", "partners", "robotics", "payments"];
const tlds = ["com", "com", "io", "io", "co", "de", "ai", "net", "ch", "at"];

const domains: string[] = [];
/** The domain of account pool index i: 150 distinct companies, then numbered variants of them. */
export function companyDomain(index: number): string {
  return (domains[index] ??= domainAt(index));
}
function domainAt(index: number): string {
  const base = index % COMPANY_COUNT;
  const round = Math.floor(index / COMPANY_COUNT);
  const prefix = prefixes[base % prefixes.length];
  const suffix = suffixes[(Math.floor(base / prefixes.length) + 3 * (base % prefixes.length)) % suffixes.length];
  const tld = tlds[sha(`${prefix}-${suffix}`)[0] % tlds.length];
  return round === 0 ? `${prefix}-${suffix}.${tld}` : `${prefix}-${suffix}-${round + 1}.${tld}`;
}

const organizations = new Map<string, ReturnType<typeof fakeOrganization>>();
function organizationOf(domain: string) {
  let organization = organizations.get(domain);
  if (!organization) {
    organization = fakeOrganization(domain);
    organizations.set(domain, organization);
  }
  return organization;
}

const firstNames = [
  "Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger", "Radia", "Tim", "Hedy", "Claude", "Katherine",
  "John", "Annie", "Donald", "Karen", "Niklaus", "Sophie", "Marco", "Elena", "Lukas", "Hannah", "Jonas", "Mia", "Felix", "Clara", "Noah",
  "Lea", "Emil", "Ines", "Mateo", "Priya", "Arjun", "Yuki", "Kenji", "Amara", "Kwame", "Olga", "Dmitri", "Freya", "Soren", "Chloe",
  "Hugo", "Isla", "Oscar", "Nora", "Theo", "Maya", "Leon", "Zoe", "Omar", "Laila", "Diego", "Rosa", "Samuel", "Vera", "Tomas",
];
const lastNames = [
  "Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen", "Dijkstra", "Perlman", "Lee", "Lamarr", "Shannon", "Johnson",
  "Backus", "Easley", "Knuth", "Jones", "Wirth", "Weber", "Rossi", "Petrova", "Schmidt", "Fischer", "Becker", "Hoffmann", "Wagner", "Keller", "Brandt",
  "Lang", "Vogel", "Moreau", "Garcia", "Sharma", "Patel", "Tanaka", "Sato", "Okafor", "Mensah", "Ivanova", "Volkov", "Larsen", "Nielsen", "Dubois",
  "Laurent", "Murray", "Clarke", "Novak", "Kowalski", "Jansen", "Visser", "Costa", "Silva", "Haddad", "Nasser", "Romero", "Alvarez", "Berg", "Lindqvist",
];
export const titles = [
  "Founder & CEO", "Co-Founder & CTO", "Chief Revenue Officer", "VP of Sales", "VP of Marketing", "Head of Growth", "Head of Operations",
  "Director of Procurement", "Logistics Manager", "Supply Chain Director", "Head of Customer Success", "Customer Success Manager",
  "Account Executive", "Sales Development Representative", "Marketing Operations Manager", "Revenue Operations Lead", "Product Manager",
  "Engineering Manager", "Chief Operating Officer", "Head of Partnerships", "Demand Generation Manager", "Fleet Operations Manager",
  "Purchasing Manager", "Chief Financial Officer",
];
const NAMES = firstNames.length * lastNames.length;

/** What the control channel changed on a record: each touch is one more revision. */
export interface RecordOverride {
  revision: number;
  updatedAt: string;
}

/** A stable past moment (within the year before 2025-06-01) for a record's updated_at. */
function baseUpdatedAt(hash: Buffer): string {
  return new Date(Date.UTC(2025, 5, 1) - (hash.readUInt32BE(20) % (365 * 86_400)) * 1000).toISOString();
}

/** The key's own arrangement of companies and names. */
const salts = new Map<string, number>();
function keySalt(key: string): number {
  let salt = salts.get(key);
  if (salt === undefined) {
    salt = sha(`salt:${key}`).readUInt16BE(0);
    salts.set(key, salt);
  }
  return salt;
}

export function contactAt(key: string, index: number, labelIds: string[], override?: RecordOverride) {
  const hash = recordHash("contact", key, index);
  const salt = keySalt(key);
  // Companies are skewed (u² of a uniform u): a few big ones hold many contacts, most hold one or two.
  const company = (Math.floor(COMPANY_COUNT * (hash.readUInt32BE(24) / 2 ** 32) ** 2) * 47 + salt) % COMPANY_COUNT;
  const domain = companyDomain(company);
  const organization = organizationOf(domain);
  // Names walk all first x last pairs (a permutation, 1097 being coprime to 3600), then again with a number: emails never repeat.
  const pair = (index * 1097 + salt) % NAMES;
  const round = Math.floor(index / NAMES);
  const first = firstNames[pair % firstNames.length];
  const last = lastNames[Math.floor(pair / firstNames.length)];
  const local = `${first}.${last}`.toLowerCase() + (round > 0 ? String(round + 1) : "");
  const noEmail = hash[12] % 7 === 0;
  const status = noEmail ? "unavailable" : hash[13] % 40 === 0 ? "bounced" : hash[14] % 5 === 0 ? "unverified" : "verified";
  const revision = override?.revision ?? 0;
  return {
    id: idOf(hash, index),
    first_name: first,
    last_name: last,
    name: `${first} ${last}`,
    title: titles[(hash[15] + revision) % titles.length],
    email: noEmail ? null : `${local}@${domain}`,
    email_status: status,
    organization_name: organization.name,
    organization_id: organization.id,
    account_id: companyAccountId(key, company),
    linkedin_url: `http://www.linkedin.com/in/${local.replace(".", "-")}-${hash.subarray(16, 19).toString("hex")}`,
    label_ids: labelIds,
    updated_at: override?.updatedAt ?? baseUpdatedAt(hash),
  };
}
export type Contact = ReturnType<typeof contactAt>;

const legalForms = ["Inc.", "GmbH", "Ltd", "Labs", "Group", "AG"];

export function accountAt(key: string, index: number, labelIds: string[], override?: RecordOverride) {
  const hash = recordHash("account", key, index);
  const domain = companyDomain(index);
  const organization = organizationOf(domain);
  const revision = override?.revision ?? 0;
  // A touched account was renamed: the same company under another legal form.
  const base = organization.name.replace(/ \S+$/, "");
  const form = legalForms[(legalForms.indexOf(organization.name.slice(base.length + 1)) + revision + legalForms.length) % legalForms.length];
  return {
    id: idOf(hash, index),
    name: revision === 0 ? organization.name : `${base} ${form}`,
    domain,
    organization_id: organization.id,
    label_ids: labelIds,
    updated_at: override?.updatedAt ?? baseUpdatedAt(hash),
  };
}
export type Account = ReturnType<typeof accountAt>;
