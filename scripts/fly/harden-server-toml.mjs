#!/usr/bin/env node
// Applies Hyperformant's production settings to fly-server.toml in place:
//   node scripts/fly/harden-server-toml.mjs [path/to/fly-server.toml]
import { readFileSync, writeFileSync } from "node:fs";
import { hardenServerToml } from "./server-toml.mjs";

const file = process.argv[2] ?? "fly-server.toml";
writeFileSync(file, hardenServerToml(readFileSync(file, "utf8")));
console.log(`${file}: min_machines_running = 1, release_command (migrations), /ready check, SIGTERM with 30 s grace`);
