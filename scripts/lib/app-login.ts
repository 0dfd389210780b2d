import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import pg from "pg";

export const APP_LOGIN_ROLE = "desk_web";

/**
 * The embedded cluster's login role for the web app: a member of desk_app
 * (granted by the migrations), so it can read and write data but cannot
 * alter tables or rewrite the audit trail. Its password lives beside the
 * cluster's data, readable only by the owner.
 */
export async function ensureAppLogin(ownerUrl: string, passwordFile: string): Promise<string> {
  const password = existsSync(passwordFile)
    ? readFileSync(passwordFile, "utf8").trim()
    : randomBytes(18).toString("base64url");
  writeFileSync(passwordFile, password, { mode: 0o600 });

  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const role = client.escapeIdentifier(APP_LOGIN_ROLE);
    const literal = client.escapeLiteral(password);
    const { rowCount } = await client.query("select 1 from pg_roles where rolname = $1", [
      APP_LOGIN_ROLE,
    ]);
    await client.query(
      rowCount
        ? `alter role ${role} with login password ${literal}`
        : `create role ${role} with login password ${literal} in role desk_app`,
    );
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_LOGIN_ROLE;
  url.password = password;
  return url.toString();
}
