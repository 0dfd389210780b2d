import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET signs session tokens. Production must set it (every instance
 * the same); a demo desk makes one and keeps it beside its data, so sessions
 * survive a restart.
 */
export function resolveAuthSecret(dataDir: string, demo: boolean): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (!demo) {
    throw new Error(
      "AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it on every instance.",
    );
  }
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file))
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}
