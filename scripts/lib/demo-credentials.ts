import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { demoAccounts } from "@/lib/demo/accounts";

/**
 * The demo accounts' one password, kept beside the desk's data so that every
 * start can print it: DEMO_PASSWORD when set, else the one saved at the last
 * load, else a new one.
 */
export const demoCredentialsFile = (dataDir: string) => path.join(dataDir, "demo-credentials.txt");

export function savedDemoPassword(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  return readFileSync(file, "utf8").match(/: (\S+)\n/)?.[1];
}

export function chooseDemoPassword(file: string): string {
  return (
    process.env.DEMO_PASSWORD || savedDemoPassword(file) || randomBytes(9).toString("base64url")
  );
}

export function writeDemoCredentials(file: string, password: string) {
  writeFileSync(
    file,
    `Demo accounts (password for all): ${password}\n` +
      demoAccounts.map((a) => `${a.role.padEnd(8)} ${a.email}`).join("\n") +
      "\n",
    { mode: 0o600 },
  );
}
