import type { IncomingMessage, ServerResponse } from "node:http";
import { BodyError, json, readJson } from "./http.ts";
import { changeList, findList, idsOf, servedOf, touch, type KeyState, type KeyStates } from "./keyState.ts";
import { parseScenario, ScenarioError, type Scenario } from "./scenarios.ts";

/**
 * The control channel tests in another process steer the stand-in with (under
 * /__stand-in, also reachable under /api/v1/__stand-in). All take or answer
 * JSON; a bad request is a 422 { error }, a list the key does not have a 404 { error }.
 *   POST /__stand-in/scenarios      the scenario (see scenarios.ts) -> { lists: [{ id, name, modality, size }], sequences: [{ id, name }] }
 *   POST /__stand-in/records/touch  { apiKey, listName, count } -> { ids }
 *   POST /__stand-in/lists/change   { apiKey, listName, addAtHead?, remove? } -> { added: [id], removed: [id] }
 *   GET  /__stand-in/lists/members?apiKey=&listName=  -> { ids } (current members, in Apollo's order)
 *   GET  /__stand-in/served?apiKey=  -> { apiKey, lists: [{ name, id, modality, size, requests,
 *        pagesServed: { "1": n }, statuses: { "200": n, "422": n, "429": n, "502": n }, hung }],
 *        sequences: [{ id, name, addContactIdsRequests, enrolled, enrolledContactIds }] }
 */
export const CONTROL_PATHS = ["/__stand-in/scenarios", "/__stand-in/records/touch", "/__stand-in/lists/change", "/__stand-in/lists/members", "/__stand-in/served"];

class NotFound extends Error {}

export function defineScenario(states: KeyStates, input: Scenario | unknown) {
  const scenario = parseScenario(input);
  const state = states.define(scenario);
  const named = new Set((scenario.lists ?? []).map((list) => list.name));
  return {
    lists: state.lists.filter((list) => named.has(list.name)).map((list) => ({ id: list.id, name: list.name, modality: list.modality, size: list.members.length })),
    sequences: state.outreach.sequences.map((sequence) => ({ id: sequence.id, name: sequence.name })),
  };
}

function text(fields: Record<string, unknown>, name: string): string {
  const value = fields[name];
  if (typeof value !== "string" || value === "") throw new ScenarioError(`${name} is required`);
  return value;
}
function count(fields: Record<string, unknown>, name: string, required: boolean): number {
  const value = fields[name];
  if (value === undefined && !required) return 0;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new ScenarioError(`${name} must be a whole number`);
  return value;
}
function listOf(state: KeyState, listName: string) {
  const list = findList(state, listName);
  if (!list) throw new NotFound(`the key has no list named "${listName}"`);
  return list;
}

export const membersOf = (states: KeyStates, apiKey: string, listName: string) => {
  const state = states.get(apiKey);
  const list = listOf(state, listName);
  return idsOf(state, list, list.members);
};
export const touchRecords = (states: KeyStates, apiKey: string, listName: string, howMany: number) => {
  const state = states.get(apiKey);
  return touch(state, listOf(state, listName), howMany);
};
export const changeListNow = (states: KeyStates, apiKey: string, listName: string, addAtHead: number, remove: number) => {
  const state = states.get(apiKey);
  return changeList(state, listOf(state, listName), addAtHead, remove);
};

export async function handleControl(states: KeyStates, req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
  try {
    const method = req.method ?? "GET";
    if (method === "GET") {
      const fields = Object.fromEntries(query);
      if (path === "/__stand-in/lists/members") return json(res, 200, { ids: membersOf(states, text(fields, "apiKey"), text(fields, "listName")) });
      if (path === "/__stand-in/served") return json(res, 200, servedOf(states.get(text(fields, "apiKey"))));
    }
    if (method === "POST") {
      const body = await readJson(req);
      if (path === "/__stand-in/scenarios") return json(res, 200, defineScenario(states, body));
      if (path === "/__stand-in/records/touch") {
        return json(res, 200, { ids: touchRecords(states, text(body, "apiKey"), text(body, "listName"), count(body, "count", true)) });
      }
      if (path === "/__stand-in/lists/change") {
        return json(res, 200, changeListNow(states, text(body, "apiKey"), text(body, "listName"), count(body, "addAtHead", false), count(body, "remove", false)));
      }
    }
    return json(res, 405, { error: `${method} is not how ${path} is called` });
  } catch (error) {
    if (error instanceof NotFound) return json(res, 404, { error: error.message });
    if (error instanceof ScenarioError || error instanceof BodyError) return json(res, 422, { error: error.message });
    throw error;
  }
}
