import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "results");

/** Prints the figures and writes bench/results/<name>.json (flat keys, units in the names). */
export function recordResults(name, figures) {
  const result = { benchmark: name, command: `./bench/run.sh ${name}`, date: new Date().toISOString(), ...figures };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${name}`);
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(40)} ${value}`);
  return result;
}
