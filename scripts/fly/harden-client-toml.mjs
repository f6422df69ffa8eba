#!/usr/bin/env node
// Adds the web client's security headers to fly-client.toml in place:
//   node scripts/fly/harden-client-toml.mjs fly-client.toml https://<server app>.fly.dev
import { readFileSync, writeFileSync } from "node:fs";
import { hardenClientToml } from "./client-toml.mjs";

const [file = "fly-client.toml", apiUrl] = process.argv.slice(2);
if (!apiUrl) {
  console.error("usage: harden-client-toml.mjs <fly-client.toml> <server URL, e.g. https://hyperformant-server.fly.dev>");
  process.exit(2);
}
writeFileSync(file, hardenClientToml(readFileSync(file, "utf8"), apiUrl));
console.log(`${file}: CSP (connect-src ${new URL(apiUrl).origin}), nosniff, frame-ancestors 'none' and the other security headers on every answer`);
