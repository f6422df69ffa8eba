#!/usr/bin/env node
// Reads each suite's report and prints one table of counts.
// Usage: summarize-test-results.mjs RESULTS_DIR ELAPSED_SECONDS name:kind:exitStatus...
// Exits 1 if a suite failed, exited non-zero, or ran no test.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const [resultsDir, elapsedSeconds, ...suites] = process.argv.slice(2);

function countsFromVitest(report) {
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function countsFromPlaywright(report) {
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

/** node:test's spec reporter ends with "ℹ pass N", "ℹ fail N", "ℹ skipped N" (leaf tests only). */
function countsFromNodeTestSummary(text) {
  const count = (label) => Number(new RegExp(`^ℹ ${label} (\\d+)$`, "m").exec(text)?.[1] ?? 0);
  return { passed: count("pass"), failed: count("fail") + count("cancelled"), skipped: count("skipped") + count("todo") };
}

function readCounts(name, kind) {
  const reportPath = path.join(resultsDir, kind === "node-test" ? `${name}.txt` : `${name}.json`);
  if (!existsSync(reportPath)) return undefined;
  const text = readFileSync(reportPath, "utf8");
  if (kind === "node-test") return countsFromNodeTestSummary(text);
  const report = JSON.parse(text);
  return kind === "playwright" ? countsFromPlaywright(report) : countsFromVitest(report);
}

let totalPassed = 0;
let totalFailed = 0;
let totalSkipped = 0;
let anySuiteBroken = false;
const rows = [];
for (const suite of suites) {
  const [name, kind, exitStatus] = suite.split(":");
  const counts = readCounts(name, kind);
  const ranNoTest = !counts || counts.passed + counts.failed === 0;
  const broken = exitStatus !== "0" || ranNoTest || (counts && counts.failed > 0);
  anySuiteBroken ||= broken;
  if (counts) {
    totalPassed += counts.passed;
    totalFailed += counts.failed;
    totalSkipped += counts.skipped;
  }
  rows.push({
    suite: name,
    passed: counts?.passed ?? "-",
    failed: counts?.failed ?? "-",
    skipped: counts?.skipped ?? "-",
    result: broken ? (ranNoTest ? "FAILED (no test ran)" : `FAILED (exit ${exitStatus})`) : "ok",
  });
}

console.log("\nHyperformant test summary");
console.table(rows);
console.log(`whole suite took ${elapsedSeconds} s`);
console.log(`${totalPassed} passed, ${totalFailed} failed, ${totalSkipped} skipped`);
process.exit(anySuiteBroken ? 1 : 0);
