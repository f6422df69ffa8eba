import { defineConfig } from "vitest/config";

// Pure modules (no database, no server, no Wasp runtime), and our third-party
// clients against the local stand-ins in tests/stand-ins/.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/stand-ins/**/*.test.ts"],
    environment: "node",
  },
});
