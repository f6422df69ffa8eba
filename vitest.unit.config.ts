import { defineConfig } from "vitest/config";

// Pure modules: no database, no server, no Wasp runtime.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
