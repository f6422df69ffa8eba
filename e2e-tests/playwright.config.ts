import { defineConfig } from "@playwright/test";

// Runs against the production build that scripts/test.sh serves; the browser is
// Debian's Chromium (Playwright cannot download its own on our machines).
const clientUrl = process.env.HF_TEST_CLIENT_URL ?? "http://localhost:3000";

export default defineConfig({
  testDir: ".",
  outputDir: "../test-results/e2e-artifacts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: clientUrl,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.HF_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});
