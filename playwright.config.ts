import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where it is installed (CI and our machines cannot
// download Playwright's browsers); Playwright's own browser elsewhere.
const debianChromium = "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;
// E2E_PORT and E2E_DATA_DIR let a second run (one group of specs) use its own server and database
export const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
/** How the desk's browser starts, for the specs and for scripts that drive it (demo:screenshots). */
export const launchOptions = {
  executablePath: existsSync(debianChromium) ? debianChromium : undefined,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  use: {
    baseURL,
    // the desk answers in the browser's language: the specs speak English unless they ask
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "sign-in", testMatch: /.*\.setup\.ts/ },
    { name: "desk", use: { ...devices["Desktop Chrome"] }, dependencies: ["sign-in"] },
  ],
  // The production build against a fresh embedded PostgreSQL with the demo desk.
  webServer: {
    command: "npx tsx --conditions=react-server scripts/start.ts --fresh",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DESK_DATA_DIR: dataDir,
      DATABASE_URL: "",
      DEMO_PASSWORD: "e2e-demo-password",
      // every spec signs in from this one loopback address, and the suite's deliberate failures
      // (lockouts, unknown emails) would lock it out for everyone at the default limit of 30
      LOGIN_ADDRESS_FAILURE_LIMIT: "1000",
      // the attack specs post dozens of comments and imports from one account within a minute
      RATE_LIMIT_SCALE: "10",
      NEXT_TELEMETRY_DISABLED: "1",
      // the link-import spec serves its pages on loopback; never set on a real desk
      UNSAFE_FETCH_LOOPBACK_FOR_TESTS: "1",
    },
  },
});
