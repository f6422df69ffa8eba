import { FAULT_NAMES, type Faults, type Modality } from "./lists.ts";
import type { SequenceSpec } from "./sequences.ts";

/**
 * A scenario: the lists (and extra sequences) one API key sees, as a test sends
 * it to POST /__stand-in/scenarios (or defineScenario in process):
 *   { apiKey, replaceDefaults?, lists?: [{ name, modality, size, overlapWith?: { listName, count },
 *     replaceDefaults?, faults?: { rateLimitRetryAfterEvery?, rateLimitNoHeaderEvery?, serverErrorHtmlEvery?,
 *     hangPages?: [page], slowPagesMs?, minuteLimit? }, changes?: [{ afterPage, addAtHead?, remove? }] }],
 *     sequences?: [{ name, active?, num_steps? }] }
 * Unknown fields are refused (a typo in a fault name should not pass silently).
 */
export interface ScenarioList {
  name: string;
  modality: Modality;
  size: number;
  overlapWith?: { listName: string; count: number };
  replaceDefaults?: boolean;
  faults?: Faults;
  changes?: { afterPage: number; addAtHead?: number; remove?: number }[];
}
export interface Scenario {
  apiKey: string;
  replaceDefaults?: boolean;
  lists?: ScenarioList[];
  sequences?: SequenceSpec[];
}
export interface ListSpec {
  name: string;
  modality: Modality;
  size: number;
  overlapWith?: { listName: string; count: number };
  faults?: Faults;
  changes?: { afterPage: number; addAtHead: number; remove: number }[];
}

export const MAX_LIST_SIZE = 1_000_000;
export const MAX_ADDED_PER_CHANGE = 100_000;

/** The lists every master key has unless its scenario hides them. */
export const DEFAULT_LISTS: ListSpec[] = [
  { name: "Series A SaaS founders", modality: "contacts", size: 240 },
  { name: "EU logistics buyers", modality: "contacts", size: 180, overlapWith: { listName: "Series A SaaS founders", count: 60 } },
  { name: "Churn-risk champions", modality: "contacts", size: 35 },
  { name: "Target accounts: DACH", modality: "accounts", size: 60 },
];

export class ScenarioError extends Error {}

type Fields = Record<string, unknown>;

function objectAt(value: unknown, where: string): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ScenarioError(`${where} must be an object`);
  return value as Fields;
}
function onlyKnown(fields: Fields, known: readonly string[], where: string) {
  const unknown = Object.keys(fields).filter((field) => !known.includes(field));
  if (unknown.length > 0) throw new ScenarioError(`${where}: unknown field(s) ${unknown.join(", ")} (known: ${known.join(", ")})`);
}
function integerAt(value: unknown, where: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new ScenarioError(`${where} must be an integer from ${min} to ${max}`);
  }
  return value;
}
const optionalInteger = (value: unknown, where: string, min: number, max?: number) => (value === undefined ? undefined : integerAt(value, where, min, max));
function stringAt(value: unknown, where: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new ScenarioError(`${where} must be a non-empty string`);
  return value;
}
function booleanAt(value: unknown, where: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") throw new ScenarioError(`${where} must be true or false`);
  return value;
}
function arrayAt(value: unknown, where: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ScenarioError(`${where} must be an array`);
  return value;
}

function parseFaults(value: unknown, where: string): Faults {
  if (value === undefined) return {};
  const fields = objectAt(value, where);
  onlyKnown(fields, FAULT_NAMES, where);
  return {
    rateLimitRetryAfterEvery: optionalInteger(fields.rateLimitRetryAfterEvery, `${where}.rateLimitRetryAfterEvery`, 1),
    rateLimitNoHeaderEvery: optionalInteger(fields.rateLimitNoHeaderEvery, `${where}.rateLimitNoHeaderEvery`, 1),
    serverErrorHtmlEvery: optionalInteger(fields.serverErrorHtmlEvery, `${where}.serverErrorHtmlEvery`, 1),
    hangPages: fields.hangPages === undefined ? undefined : arrayAt(fields.hangPages, `${where}.hangPages`).map((page, at) => integerAt(page, `${where}.hangPages[${at}]`, 1)),
    slowPagesMs: optionalInteger(fields.slowPagesMs, `${where}.slowPagesMs`, 0, 600_000),
    minuteLimit: optionalInteger(fields.minuteLimit, `${where}.minuteLimit`, 1),
  };
}

function parseList(value: unknown, at: number): ScenarioList {
  const where = `lists[${at}]`;
  const fields = objectAt(value, where);
  onlyKnown(fields, ["name", "modality", "size", "overlapWith", "replaceDefaults", "faults", "changes"], where);
  if (fields.modality !== "contacts" && fields.modality !== "accounts") throw new ScenarioError(`${where}.modality must be "contacts" or "accounts"`);
  let overlapWith: ScenarioList["overlapWith"];
  if (fields.overlapWith !== undefined) {
    const overlap = objectAt(fields.overlapWith, `${where}.overlapWith`);
    onlyKnown(overlap, ["listName", "count"], `${where}.overlapWith`);
    overlapWith = { listName: stringAt(overlap.listName, `${where}.overlapWith.listName`), count: integerAt(overlap.count, `${where}.overlapWith.count`, 0) };
  }
  const changes = arrayAt(fields.changes, `${where}.changes`).map((item, index) => {
    const change = objectAt(item, `${where}.changes[${index}]`);
    onlyKnown(change, ["afterPage", "addAtHead", "remove"], `${where}.changes[${index}]`);
    return {
      afterPage: integerAt(change.afterPage, `${where}.changes[${index}].afterPage`, 1),
      addAtHead: optionalInteger(change.addAtHead, `${where}.changes[${index}].addAtHead`, 0, MAX_ADDED_PER_CHANGE) ?? 0,
      remove: optionalInteger(change.remove, `${where}.changes[${index}].remove`, 0) ?? 0,
    };
  });
  return {
    name: stringAt(fields.name, `${where}.name`),
    modality: fields.modality,
    size: integerAt(fields.size, `${where}.size`, 0, MAX_LIST_SIZE),
    overlapWith,
    replaceDefaults: booleanAt(fields.replaceDefaults, `${where}.replaceDefaults`),
    faults: parseFaults(fields.faults, `${where}.faults`),
    changes,
  };
}

export function parseScenario(value: unknown): Scenario {
  const fields = objectAt(value, "the scenario");
  onlyKnown(fields, ["apiKey", "replaceDefaults", "lists", "sequences"], "the scenario");
  const lists = arrayAt(fields.lists, "lists").map(parseList);
  const names = lists.map((list) => list.name);
  const repeated = names.find((name, at) => names.indexOf(name) !== at);
  if (repeated) throw new ScenarioError(`two lists are named "${repeated}"`);
  const sequences = arrayAt(fields.sequences, "sequences").map((item, at) => {
    const sequence = objectAt(item, `sequences[${at}]`);
    onlyKnown(sequence, ["name", "active", "num_steps"], `sequences[${at}]`);
    return {
      name: stringAt(sequence.name, `sequences[${at}].name`),
      active: booleanAt(sequence.active, `sequences[${at}].active`),
      num_steps: optionalInteger(sequence.num_steps, `sequences[${at}].num_steps`, 1, 50),
    };
  });
  return { apiKey: stringAt(fields.apiKey, "apiKey"), replaceDefaults: booleanAt(fields.replaceDefaults, "replaceDefaults"), lists, sequences };
}

/** Whether the scenario hides the default lists (top-level or on any list). */
export const hidesDefaults = (scenario: Scenario | undefined) => Boolean(scenario?.replaceDefaults || scenario?.lists?.some((list) => list.replaceDefaults));

export function listSpecOf(list: ScenarioList): ListSpec {
  return {
    name: list.name,
    modality: list.modality,
    size: list.size,
    overlapWith: list.overlapWith,
    faults: list.faults,
    changes: (list.changes ?? []).map((change) => ({ afterPage: change.afterPage, addAtHead: change.addAtHead ?? 0, remove: change.remove ?? 0 })),
  };
}
