#!/usr/bin/env node
// Imports every n8n/workflows/*.json into an n8n instance through its public REST API:
// creates missing workflows, updates those of the same name, activates those marked "active": true.
//
//   N8N_API_URL=https://<app>.fly.dev N8N_API_KEY=... node scripts/n8n/import-workflows.mjs
//
// Options: --url <n8n root URL> (else N8N_API_URL), --api-key <key> (else N8N_API_KEY; prefer the
// env var, command lines are visible to other users), --dir <folder> (default n8n/workflows),
// --timeout-ms <ms per request> (15000), --retries <n> (4), --retry-base-ms <ms> (500),
// --replace-credentials (create the shared-secret credential anew even if n8n has one: after the
// secret changed). With HYPERFORMANT_N8N_SECRET set, the credentials that check triggers and sign
// callbacks (Header Auth and Crypto) are created when n8n lacks them; with NEWSAPI_KEY, the news
// search's key.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createN8nClient } from "./lib/client.mjs";
import { MANAGED_CREDENTIALS } from "./lib/credentials.mjs";
import { redact } from "./lib/errors.mjs";
import { importWorkflows } from "./lib/import.mjs";
import { parseWorkflowFiles, readWorkflowFiles } from "./lib/workflow-files.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const USAGE = "usage: node scripts/n8n/import-workflows.mjs [--url URL] [--dir DIR] [--timeout-ms MS] [--retries N] [--replace-credentials]  (key in N8N_API_KEY)";

function positiveInteger(value, flag) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return number;
}

class UsageError extends Error {}

const OPTIONS = {
  url: { type: "string" },
  "api-key": { type: "string" },
  dir: { type: "string" },
  "timeout-ms": { type: "string", default: "15000" },
  retries: { type: "string", default: "4" },
  "retry-base-ms": { type: "string", default: "500" },
  "replace-credentials": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
};

async function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: OPTIONS }));
  } catch (error) {
    console.error(`error: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const apiKey = values["api-key"] ?? process.env.N8N_API_KEY ?? "";
  const secrets = [apiKey, ...MANAGED_CREDENTIALS.map((credential) => process.env[credential.secretEnv])];
  const print = (line) => console.log(redact(line, secrets));
  const warn = (line) => console.error(redact(`warning: ${line}`, secrets));

  try {
    const baseUrl = values.url ?? process.env.N8N_API_URL;
    if (!baseUrl) throw new UsageError("N8N_API_URL is not set (or pass --url): the n8n instance's root URL, e.g. https://<app>.fly.dev");
    if (apiKey.trim() === "") {
      throw new UsageError("N8N_API_KEY is not set: create an API key in n8n under Settings → n8n API and export it");
    }
    const dir = path.resolve(values.dir ?? path.join(repoRoot, "n8n/workflows"));
    const { workflows, errors } = parseWorkflowFiles(await readWorkflowFiles(dir));
    if (errors.length > 0) {
      for (const { file, reason } of errors) console.error(`invalid workflow ${file}: ${reason}`);
      throw new UsageError(`nothing imported: fix the workflow files in ${dir}`);
    }

    const client = createN8nClient({
      baseUrl,
      apiKey,
      timeoutMs: positiveInteger(values["timeout-ms"], "--timeout-ms"),
      maxRetries: positiveInteger(values.retries, "--retries"),
      retryBaseMs: positiveInteger(values["retry-base-ms"], "--retry-base-ms"),
      onRetry: ({ method, path: requestPath, reason, attempt, maxRetries, delayMs }) =>
        warn(`${method} ${requestPath} failed (${reason}); retry ${attempt} of ${maxRetries} in ${(delayMs / 1000).toFixed(1)} s`),
    });
    print(`importing ${workflows.length} workflow(s) from ${path.relative(process.cwd(), dir) || "."} into ${client.baseUrl}`);
    const { results } = await importWorkflows({
      client,
      workflows,
      env: process.env,
      replaceCredentials: values["replace-credentials"],
      log: print,
      warn,
    });
    const count = (action) => results.filter((result) => result.action === action).length;
    print(
      `done: ${count("create")} created, ${count("update")} updated, ${count("unchanged")} unchanged, ` +
        `${results.filter((result) => result.activation === "activated").length} activated`,
    );
    return 0;
  } catch (error) {
    console.error(redact(`error: ${error.message}`, secrets));
    if (error instanceof UsageError) console.error(USAGE);
    return error instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = await main();
