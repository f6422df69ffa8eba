import { defineConfig } from "vitest/config";

// The repo's workflows in the real n8n from npm, end to end against the built server (scripts/test.sh, suite "n8n").
export default defineConfig({
  test: {
    include: ["tests/n8n/**/*.test.ts"],
    environment: "node",
    // One n8n for every file: the files take turns, so timings stay those of one run.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
