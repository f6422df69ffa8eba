#!/usr/bin/env node
// A stand-in for flyctl, for scripts/fly/test: keeps apps, volumes and secrets in the JSON file
// FAKE_FLY_STATE, answers the commands deploy-n8n.sh uses the way flyctl does, and appends each
// call ({ argv, stdin }) to FAKE_FLY_LOG as a JSON line.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";

const argv = process.argv.slice(2);
const statePath = process.env.FAKE_FLY_STATE;
const state = JSON.parse(readFileSync(statePath, "utf8"));
state.volumes ??= {};
state.secrets ??= {};

const flag = (name) => {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
};
const GROUPS = ["apps", "volumes", "secrets", "postgres", "ssh"];
const command = GROUPS.includes(argv[0]) ? argv.slice(0, 2).join(" ") : argv[0];
const stdin = command === "secrets import" ? readFileSync(0, "utf8") : undefined;
appendFileSync(process.env.FAKE_FLY_LOG, `${JSON.stringify({ argv, stdin })}\n`);

const save = () => writeFileSync(statePath, JSON.stringify(state, null, 2));
const fail = (message) => {
  process.stderr.write(`Error: ${message}\n`);
  process.exit(1);
};
const app = flag("--app") ?? flag("-a");
const requireApp = () => (state.apps.includes(app) ? app : fail(`app not found: ${app}`));

switch (command) {
  case "apps list":
    console.log(JSON.stringify(state.apps.map((name) => ({ ID: name, Name: name, Status: "deployed" }))));
    break;
  case "apps create": {
    const name = argv[2];
    if (state.apps.includes(name)) fail(`app ${name} already exists`);
    state.apps.push(name);
    save();
    console.log(`New app created: ${name}`);
    break;
  }
  case "volumes list":
    requireApp();
    console.log(JSON.stringify((state.volumes[app] ?? []).map((name) => ({ id: `vol_${name}`, name, region: "iad" }))));
    break;
  case "volumes create":
    requireApp();
    (state.volumes[app] ??= []).push(argv[2]);
    save();
    console.log(`Created volume ${argv[2]}`);
    break;
  case "secrets list":
    requireApp();
    console.log(JSON.stringify(Object.keys(state.secrets[app] ?? {}).map((Name) => ({ Name, Digest: "0000" }))));
    break;
  case "secrets import": {
    requireApp();
    for (const line of stdin.split("\n").filter(Boolean)) {
      const at = line.indexOf("=");
      (state.secrets[app] ??= {})[line.slice(0, at)] = line.slice(at + 1);
    }
    save();
    console.log(argv.includes("--stage") ? "Secrets have been staged" : "Secrets are deployed");
    break;
  }
  case "postgres attach": {
    requireApp();
    const cluster = argv[2];
    if (!state.apps.includes(cluster)) fail(`postgres app not found: ${cluster}`);
    const variable = flag("--variable-name") ?? "DATABASE_URL";
    if (state.secrets[app]?.[variable]) fail(`app ${app} already has ${variable} set`);
    const url = `postgres://${flag("--database-user")}:${state.attachPassword}@${cluster}.flycast:5432/${flag("--database-name")}?sslmode=disable`;
    (state.secrets[app] ??= {})[variable] = url;
    save();
    console.log(`Checking for existing attachments\nRegistering attachment\nCreating database\nCreating user\n`);
    console.log(`Postgres cluster ${cluster} is now attached to ${app}`);
    console.log(`The following secret was added to ${app}:\n  ${variable}=${url}`);
    break;
  }
  case "deploy":
    requireApp();
    console.log(`Visit your newly deployed app at https://${app}.fly.dev/`);
    break;
  case "ssh console": {
    requireApp();
    const name = (flag("--command") ?? flag("-C") ?? "").match(/^printenv (\w+)$/)?.[1];
    console.log(state.secrets[app]?.[name] ?? "");
    break;
  }
  default:
    fail(`fake fly does not know "${argv.join(" ")}"`);
}
