import { defineConfig } from "vitest/config";

// Against the built server and a real PostgreSQL that scripts/test.sh starts.
export default defineConfig({
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
