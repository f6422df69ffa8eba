// Create or update: what the import does to each workflow file, given what n8n already has.

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/** JSON with object keys sorted, so two equal workflows compare equal whatever their key order. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Whether n8n's copy already holds exactly the payload (then the update can be skipped). */
export function sameContent(payload, existing) {
  const fields = ["name", "nodes", "connections", "settings", "staticData"];
  const pick = (source) => Object.fromEntries(fields.map((field) => [field, source[field] ?? null]));
  return canonicalJson(pick(payload)) === canonicalJson(pick(existing));
}

/**
 * planImport([{ file, payload, active }], existingWorkflows) → { steps, errors }.
 * Each step: { file, name, action: 'create'|'update'|'unchanged', id?, activate, alreadyActive }.
 * Two workflows of the same name in n8n are an error: the import cannot tell which to update.
 */
export function planImport(entries, existingWorkflows) {
  const byName = new Map();
  for (const workflow of existingWorkflows) {
    byName.set(workflow.name, [...(byName.get(workflow.name) ?? []), workflow]);
  }
  const steps = [];
  const errors = [];
  for (const { file, payload, active } of entries) {
    const matches = byName.get(payload.name) ?? [];
    if (matches.length > 1) {
      errors.push({
        file,
        reason:
          `n8n has ${matches.length} workflows named "${payload.name}" (ids ${matches.map((m) => m.id).join(", ")}): ` +
          "delete or rename all but one so the import knows which to update",
      });
      continue;
    }
    const existing = matches[0];
    const activate = active === true;
    if (!existing) {
      steps.push({ file, name: payload.name, action: "create", payload, activate, alreadyActive: false });
      continue;
    }
    steps.push({
      file,
      name: payload.name,
      action: sameContent(payload, existing) ? "unchanged" : "update",
      id: String(existing.id),
      payload,
      activate,
      alreadyActive: existing.active === true,
    });
  }
  return { steps, errors };
}
