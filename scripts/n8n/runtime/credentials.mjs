// Writes the credentials the repo's workflows reference, for `n8n import:credentials`, to the file
// given (mode 600): the ids the workflow files carry, the secrets from the environment
// (MANAGED_CREDENTIALS: HYPERFORMANT_N8N_SECRET, NEWSAPI_KEY).
//   node scripts/n8n/runtime/credentials.mjs <workflows dir> <file>
import { writeFileSync } from "node:fs";
import { MANAGED_CREDENTIALS, referencedCredentials } from "../lib/credentials.mjs";
import { parseWorkflowFiles, readWorkflowFiles } from "../lib/workflow-files.mjs";

const [dir, file] = process.argv.slice(2);
const { workflows, errors } = parseWorkflowFiles(await readWorkflowFiles(dir));
if (errors.length > 0) throw new Error(`invalid workflow files: ${errors.map((e) => `${e.file}: ${e.reason}`).join("; ")}`);
const credentials = referencedCredentials(workflows.map(({ workflow }) => workflow)).map(({ type, name, placeholderId }) => {
  const managed = MANAGED_CREDENTIALS.find((c) => c.type === type && c.name === name);
  if (!managed) throw new Error(`the workflows use a credential "${name}" (${type}) that nothing creates`);
  const secret = process.env[managed.secretEnv];
  if (!secret) throw new Error(`${managed.secretEnv} is not set (the "${name}" credential)`);
  return { id: placeholderId, name, type, data: managed.data(secret) };
});
writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
