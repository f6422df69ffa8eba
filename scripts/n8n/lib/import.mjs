// The import itself: list what n8n has, wire credentials, create or update, activate.
import { toApiPayload } from "./workflow-files.mjs";
import { credentialKey, knownCredentialIds, planCredentials, referencedCredentials, withCredentialIds } from "./credentials.mjs";
import { planImport } from "./plan.mjs";

/**
 * importWorkflows({ client, workflows: [{ file, workflow }], env, replaceCredentials, log, warn })
 * → { results: [{ name, action, id, activation }], credentials: [...] }.
 * Throws on the first failure: what was done before it stays done, and a re-run picks up from there.
 */
export async function importWorkflows({ client, workflows, env = {}, replaceCredentials = false, log, warn }) {
  const existing = await client.listWorkflows();

  const credentialPlan = planCredentials({
    referenced: referencedCredentials(workflows.map(({ workflow }) => workflow)),
    knownIds: knownCredentialIds(existing),
    env,
    replace: replaceCredentials,
  });
  const ids = new Map();
  for (const credential of credentialPlan) {
    const key = credentialKey(credential.type, credential.name);
    if (credential.action === "reuse") ids.set(key, credential.id);
    if (credential.action === "create") {
      const created = await client.createCredential(credential.create);
      ids.set(key, created.id);
      credential.id = created.id;
      log(`credential ${credential.name} (${credential.type}): created, id ${created.id}`);
    }
    if (credential.action === "missing") {
      warn(`credential "${credential.name}" (${credential.type}) does not exist in n8n yet: ${credential.hint}`);
    }
  }

  const { steps, errors } = planImport(
    workflows.map(({ file, workflow }) => ({
      file,
      payload: toApiPayload(withCredentialIds(workflow, ids)),
      active: workflow.active,
    })),
    existing,
  );
  if (errors.length > 0) {
    throw new Error(errors.map(({ file, reason }) => `${file}: ${reason}`).join("\n"));
  }

  const results = [];
  for (const step of steps) {
    let id = step.id;
    if (step.action === "create") id = (await client.createWorkflow(step.payload)).id;
    if (step.action === "update") await client.updateWorkflow(id, step.payload);
    let activation = "inactive";
    if (step.activate && step.alreadyActive) activation = "already active";
    else if (step.activate) {
      await client.activateWorkflow(id);
      activation = "activated";
    } else if (step.alreadyActive) activation = "left active (the file says inactive)";
    const verb = { create: "created", update: "updated", unchanged: "unchanged" }[step.action];
    log(`${verb.padEnd(9)} ${step.name} (id ${id}, ${step.file}) · ${activation}`);
    results.push({ name: step.name, action: step.action, id, activation });
  }
  return { results, credentials: credentialPlan };
}
