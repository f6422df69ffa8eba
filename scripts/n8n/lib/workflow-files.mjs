// Reading and validating the exported n8n workflows kept in n8n/workflows/*.json.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Reads every *.json file of `dir`, sorted by name: [{ file, text }]. */
export async function readWorkflowFiles(dir) {
  let names;
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new Error(`cannot read the workflows folder ${dir}: ${error.code ?? error.message}`);
  }
  const jsonNames = names.filter((name) => name.endsWith(".json")).sort();
  return Promise.all(
    jsonNames.map(async (name) => ({ file: name, text: await readFile(path.join(dir, name), "utf8") })),
  );
}

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const isNonEmptyString = (value) => typeof value === "string" && value.trim().length > 0;

/** Why one parsed workflow cannot be sent to n8n; an empty list when it can. */
export function workflowProblems(workflow) {
  if (!isObject(workflow)) return ["the file is not a JSON object"];
  const problems = [];
  if (!isNonEmptyString(workflow.name)) problems.push('missing "name" (a non-empty string)');
  if (!Array.isArray(workflow.nodes) || workflow.nodes.length === 0) {
    problems.push('missing "nodes" (a non-empty array)');
  }
  if (!isObject(workflow.connections)) problems.push('missing "connections" (an object)');
  if (workflow.settings !== undefined && !isObject(workflow.settings)) problems.push('"settings" must be an object');
  if (workflow.active !== undefined && typeof workflow.active !== "boolean") problems.push('"active" must be true or false');
  if (workflow.staticData !== undefined && workflow.staticData !== null && !isObject(workflow.staticData)) {
    problems.push('"staticData" must be an object or null');
  }
  if (problems.length > 0) return problems;

  const nodeNames = new Set();
  workflow.nodes.forEach((node, index) => {
    const label = isObject(node) && isNonEmptyString(node.name) ? `node "${node.name}"` : `node #${index + 1}`;
    if (!isObject(node)) return problems.push(`${label} is not an object`);
    if (!isNonEmptyString(node.name)) problems.push(`${label} has no "name"`);
    else if (nodeNames.has(node.name)) problems.push(`two nodes are named "${node.name}"`);
    else nodeNames.add(node.name);
    if (!isNonEmptyString(node.type)) problems.push(`${label} has no "type"`);
    if (typeof node.typeVersion !== "number") problems.push(`${label} has no numeric "typeVersion"`);
    if (!Array.isArray(node.position) || node.position.length !== 2) problems.push(`${label} has no [x, y] "position"`);
    if (!isObject(node.parameters)) problems.push(`${label} has no "parameters" object`);
  });

  for (const [source, outputs] of Object.entries(workflow.connections)) {
    if (!nodeNames.has(source)) problems.push(`connections start from an unknown node "${source}"`);
    for (const branches of Object.values(isObject(outputs) ? outputs : {})) {
      for (const branch of Array.isArray(branches) ? branches : []) {
        for (const target of Array.isArray(branch) ? branch : []) {
          if (!nodeNames.has(target?.node)) problems.push(`"${source}" connects to an unknown node "${target?.node}"`);
        }
      }
    }
  }
  return problems;
}

/**
 * Parses and validates every file, then checks that names are unique across files.
 * Returns { workflows: [{ file, workflow }], errors: [{ file, reason }] }; errors is empty when all are valid.
 */
export function parseWorkflowFiles(entries) {
  const workflows = [];
  const errors = [];
  for (const { file, text } of entries) {
    let workflow;
    try {
      workflow = JSON.parse(text);
    } catch (error) {
      errors.push({ file, reason: `not valid JSON (${error.message})` });
      continue;
    }
    const problems = workflowProblems(workflow);
    if (problems.length > 0) errors.push(...problems.map((reason) => ({ file, reason })));
    else workflows.push({ file, workflow });
  }
  const fileByName = new Map();
  for (const { file, workflow } of workflows) {
    const first = fileByName.get(workflow.name);
    if (first) errors.push({ file, reason: `duplicate workflow name "${workflow.name}" (also in ${first})` });
    else fileByName.set(workflow.name, file);
  }
  if (entries.length === 0) errors.push({ file: "(none)", reason: "no *.json workflow file found" });
  return { workflows: errors.length === 0 ? workflows : [], errors };
}

/** The body n8n's public API accepts for create and update: nothing else (it rejects extra properties). */
export function toApiPayload(workflow) {
  const payload = {
    name: workflow.name,
    nodes: workflow.nodes,
    connections: workflow.connections,
    settings: workflow.settings ?? {},
  };
  if (workflow.staticData !== undefined && workflow.staticData !== null) payload.staticData = workflow.staticData;
  return payload;
}
