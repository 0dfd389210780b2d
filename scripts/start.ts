/**
 * `npm start`: gets the database ready (embedded PostgreSQL unless
 * DATABASE_URL is set), builds when the build is missing or stale, and serves
 * the desk with `next start` (or `next dev` with --dev).
 *
 *   --fresh   wipe the embedded data directory first (used by the e2e suite)
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { resolveAuthSecret } from "./lib/auth-secret";
import { buildIfNeeded } from "./lib/build-if-needed";
import { prepareDatabase } from "./lib/prepare-database";
import { productionServerNodeFlags } from "./lib/server-memory";

const log = (line: string) => console.log(`[desk] ${line}`);

async function main() {
  const args = new Set(process.argv.slice(2));
  const dataDir = path.resolve(process.env.DESK_DATA_DIR ?? ".data");
  if (args.has("--fresh")) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const port = process.env.PORT ?? "3000";
  const dev = args.has("--dev");

  const database = await prepareDatabase(dataDir);
  const authSecret = resolveAuthSecret(dataDir, database.demo);
  if (!dev) buildIfNeeded(log);

  const server = spawn(
    process.execPath,
    [
      ...(dev ? [] : productionServerNodeFlags),
      require.resolve("next/dist/bin/next"),
      dev ? "dev" : "start",
      "--port",
      port,
    ],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: database.appUrl,
        AUTH_SECRET: authSecret,
        AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );

  log(`The desk is at http://localhost:${port}`);
  if (database.demoCredentials) {
    const { accounts, password, file } = database.demoCredentials;
    log(`Demo accounts (password ${password}, also in ${path.relative(process.cwd(), file)}):`);
    for (const account of accounts) log(`  ${account.role.padEnd(8)} ${account.email}`);
  }

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await database.cluster?.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 1));
}

main().catch((error) => {
  console.error(
    `[desk] Could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
