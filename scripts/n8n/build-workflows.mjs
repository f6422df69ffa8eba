#!/usr/bin/env node
// Writes n8n/workflows/*.json from scripts/n8n/workflows/*.mjs (the files n8n imports as they are).
//   node scripts/n8n/build-workflows.mjs           write them
//   node scripts/n8n/build-workflows.mjs --check   exit 1 when a committed file differs from its source
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { marketResearchWorkflow } from "./workflows/market-research.mjs";
import { reportDeliveryWorkflow } from "./workflows/report-delivery.mjs";
import { sentimentCollectionWorkflow } from "./workflows/sentiment-collection.mjs";

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../n8n/workflows");

/** Each file name with the JSON text it must hold. */
export function builtWorkflowFiles() {
  return [
    ["market-research.json", marketResearchWorkflow()],
    ["sentiment-collection.json", sentimentCollectionWorkflow()],
    ["report-delivery.json", reportDeliveryWorkflow()],
  ].map(([file, workflow]) => ({ file, text: `${JSON.stringify(workflow, null, 2)}\n` }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const { file, text } of builtWorkflowFiles()) {
    const target = path.join(outDir, file);
    if (check) {
      const current = await readFile(target, "utf8").catch(() => "");
      if (current !== text) {
        stale += 1;
        console.error(`${file} differs from its source: run node scripts/n8n/build-workflows.mjs`);
      }
    } else {
      await writeFile(target, text);
      console.log(`wrote n8n/workflows/${file}`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
