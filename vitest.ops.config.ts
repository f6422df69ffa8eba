import { defineConfig } from "vitest/config";

// Operations checks against the built server, run last by scripts/test.sh:
// they stop PostgreSQL, run jobs and finally stop the server itself.
export default defineConfig({
  test: {
    include: ["tests/ops/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
