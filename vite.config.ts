/// <reference types="vitest/config" />
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import { wasp } from "wasp/client/vite";

export default defineConfig({
  plugins: [wasp(), tailwindcss()],
  test: {
    // Component tests only; unit and integration suites have their own configs.
    include: ["src/**/*.test.tsx"],
  },
});
