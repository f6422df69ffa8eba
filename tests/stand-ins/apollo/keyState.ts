import type { ServerResponse } from "node:http";
import { applyChange, createList, freshTimestamp, labelOf, servedReport, type ListState, type Modality, type PoolCursor } from "./lists.ts";
import { accountAt, contactAt, poolId, poolIndexOf, type RecordOverride } from "./people.ts";
import { DEFAULT_LISTS, hidesDefaults, listSpecOf, MAX_ADDED_PER_CHANGE, ScenarioError, type ListSpec, type Scenario } from "./scenarios.ts";
import { createOutreach, type Outreach } from "./sequences.ts";

/**
 * Everything the stand-in holds for one API key: its lists, the records the
 * control channel touched, its sequences and enrolments, and the requests it
 * keeps hanging. Built on first use (defaults, or the key's scenario); tests
 * with their own keys never see each other's state.
 */
export interface KeyState {
  key: string;
  pool: PoolCursor;
  lists: ListState[];
  overrides: { contacts: Map<number, RecordOverride>; accounts: Map<number, RecordOverride> };
  outreach: Outreach;
  hung: Set<ServerResponse>;
}

function addList(key: string, pool: PoolCursor, lists: ListState[], spec: ListSpec): ListState {
  let overlap: { list: ListState; count: number } | undefined;
  if (spec.overlapWith) {
    const { listName, count } = spec.overlapWith;
    const other = lists.find((list) => list.name === listName);
    if (!other) throw new ScenarioError(`${spec.name}: overlapWith names "${listName}", which is not a list defined before it`);
    if (other.modality !== spec.modality) throw new ScenarioError(`${spec.name}: overlapWith "${listName}" holds ${other.modality}, not ${spec.modality}`);
    if (count > spec.size || count > other.members.length) throw new ScenarioError(`${spec.name}: overlapWith.count ${count} is more than either list holds`);
    overlap = { list: other, count };
  }
  return createList(key, pool, { ...spec, overlap }, lists.length);
}

export function buildKeyState(key: string, scenario?: Scenario): KeyState {
  const pool: PoolCursor = { contacts: 0, accounts: 0 };
  const defaults: ListState[] = [];
  // The defaults always take the first pool indices, shown or not, so a scenario's records keep their ids.
  for (const spec of DEFAULT_LISTS) defaults.push(addList(key, pool, defaults, spec));
  const lists = hidesDefaults(scenario) ? [] : defaults;
  for (const item of scenario?.lists ?? []) {
    const list = addList(key, pool, lists, listSpecOf(item));
    const same = lists.findIndex((existing) => existing.name === list.name);
    if (same >= 0) lists.splice(same, 1); // a scenario list named like a default one takes its place
    lists.push(list);
  }
  return {
    key,
    pool,
    lists,
    overrides: { contacts: new Map(), accounts: new Map() },
    outreach: createOutreach(key, scenario?.sequences),
    hung: new Set(),
  };
}

export function createKeyStates() {
  const states = new Map<string, KeyState>();
  const scenarios = new Map<string, Scenario>();
  const release = (state: KeyState) => {
    for (const res of state.hung) res.destroy();
    state.hung.clear();
  };
  return {
    get(key: string): KeyState {
      let state = states.get(key);
      if (!state) {
        state = buildKeyState(key, scenarios.get(key));
        states.set(key, state);
      }
      return state;
    },
    /** Replaces the key's scenario and everything it held (lists, touches, enrolments, counters). */
    define(scenario: Scenario): KeyState {
      const state = buildKeyState(scenario.apiKey, scenario);
      const previous = states.get(scenario.apiKey);
      if (previous) release(previous);
      scenarios.set(scenario.apiKey, scenario);
      states.set(scenario.apiKey, state);
      return state;
    },
    reset() {
      for (const state of states.values()) release(state);
      states.clear();
      scenarios.clear();
    },
  };
}
export type KeyStates = ReturnType<typeof createKeyStates>;

export const findList = (state: KeyState, name: string) => state.lists.find((list) => list.name === name);
export const listById = (state: KeyState, id: string, modality: Modality) => state.lists.find((list) => list.id === id && list.modality === modality);

export function labelIdsOf(state: KeyState, modality: Modality, index: number): string[] {
  return state.lists.filter((list) => list.modality === modality && list.memberSet.has(index)).map((list) => list.id);
}

export function contactOf(state: KeyState, index: number) {
  return contactAt(state.key, index, labelIdsOf(state, "contacts", index), state.overrides.contacts.get(index));
}
export function accountOf(state: KeyState, index: number) {
  return accountAt(state.key, index, labelIdsOf(state, "accounts", index), state.overrides.accounts.get(index));
}
/** The record without its label_ids (cheaper, for matching keywords). */
export function bareRecordOf(state: KeyState, modality: Modality, index: number) {
  return modality === "contacts" ? contactAt(state.key, index, [], state.overrides.contacts.get(index)) : accountAt(state.key, index, [], state.overrides.accounts.get(index));
}
export const recordOf = (state: KeyState, modality: Modality, index: number) => (modality === "contacts" ? contactOf(state, index) : accountOf(state, index));

const kindOf = (modality: Modality) => (modality === "contacts" ? "contact" : "account");
export const idsOf = (state: KeyState, list: ListState, indices: number[]) => indices.map((index) => poolId(kindOf(list.modality), state.key, index));

/** A contact of the key's pool (any index handed out so far) by its id. */
export function contactById(state: KeyState, id: string) {
  const index = poolIndexOf("contact", state.key, id);
  if (index === null || index >= state.pool.contacts) return null;
  return { index, contact: contactOf(state, index) };
}

/** Changes the first `count` members of a list (a contact's title, an account's name) and bumps their updated_at. */
export function touch(state: KeyState, list: ListState, count: number): string[] {
  const overrides = list.modality === "contacts" ? state.overrides.contacts : state.overrides.accounts;
  const touched = list.members.slice(0, Math.max(0, count));
  for (const index of touched) overrides.set(index, { revision: (overrides.get(index)?.revision ?? 0) + 1, updatedAt: freshTimestamp() });
  return idsOf(state, list, touched);
}

export function changeList(state: KeyState, list: ListState, addAtHead: number, remove: number, boundary = 0) {
  if (addAtHead > MAX_ADDED_PER_CHANGE) throw new ScenarioError(`addAtHead is at most ${MAX_ADDED_PER_CHANGE}`);
  const { added, removed } = applyChange(list, state.pool, addAtHead, remove, boundary);
  return { added: idsOf(state, list, added), removed: idsOf(state, list, removed) };
}

export function servedOf(state: KeyState) {
  const { outreach } = state;
  return {
    apiKey: state.key,
    lists: state.lists.map(servedReport),
    sequences: outreach.sequences.map((sequence) => {
      const enrolled = outreach.enrolled.get(sequence.id) ?? [];
      return {
        id: sequence.id,
        name: sequence.name,
        addContactIdsRequests: outreach.addRequests.get(sequence.id) ?? 0,
        enrolled: enrolled.length,
        enrolledContactIds: enrolled.map((index) => poolId("contact", state.key, index)),
      };
    }),
  };
}

export const labelsOf = (state: KeyState) => state.lists.map(labelOf);
