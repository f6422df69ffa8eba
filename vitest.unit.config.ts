import { defineConfig } from "vitest/config";

// Pure modules (no database, no server, no Wasp runtime), and our third-party
// clients against the local stand-ins in tests/stand-ins/. Tests that need the
// shared fixtures of tests/fixtures/ live in tests/unit/: code under src/ cannot
// import from tests/ (Wasp's SDK build type-checks src/ on its own).
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/stand-ins/**/*.test.ts"],
    environment: "node",
  },
});
