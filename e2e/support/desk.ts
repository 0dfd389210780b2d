import { readFileSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { dataDir } from "../../playwright.config";

/** The demo desk the e2e server loads (playwright.config.ts sets the password). */
export const demoPassword = "e2e-demo-password";
export const demoUsers = {
  admin: "admin@demo.test",
  editor: "editor@demo.test",
  reviewer: "reviewer1@demo.test",
} as const;
export type DemoRole = keyof typeof demoUsers;
export const storageStateOf = (role: DemoRole) => path.join("e2e", ".auth", `${role}.json`);

/** The e2e server's database, as its superuser: for setting up and checking what the UI did. */
export async function withDeskDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const clusterFile = path.join(dataDir, "postgres", "cluster.json");
  const settings = JSON.parse(readFileSync(clusterFile, "utf8")) as {
    port: number;
    superuserPassword: string;
  };
  const client = new pg.Client({
    host: "127.0.0.1",
    port: settings.port,
    user: "postgres",
    password: settings.superuserPassword,
    database: "desk",
  });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** How many reports have this title: 0 proves a refused import saved nothing. */
export const reportsTitled = (title: string) =>
  withDeskDatabase(async (db) => {
    const { rows } = await db.query("select count(*)::int as n from reports where title = $1", [
      title,
    ]);
    return rows[0].n as number;
  });

/** A fresh account with a unique email, so specs running in parallel never share one. */
export async function createAccount(role: "reviewer" | "editor" | "admin") {
  const tag = randomBytes(4).toString("hex");
  const email = `${role}-${tag}@e2e.test`;
  const password = `password-${tag}-long-enough`;
  const passwordHash = await hash(password, { algorithm: 2 });
  const id = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      "insert into users (email, display_name, role, password_hash) values ($1, $2, $3, $4) returning id",
      [email, `E2E ${role} ${tag}`, role, passwordHash],
    );
    return rows[0]!.id;
  });
  return { id, email, password, displayName: `E2E ${role} ${tag}` };
}

/** A claim card of its own for a spec (on the first demo report), so parallel specs never share one. */
export async function createClaimCard(statement: string) {
  return withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ id: number }>(
      `insert into claims (report_id, statement, quote, quote_language, anchor_exact)
       values ((select min(id) from reports), $1, 'اقتباس للاختبار', 'ar', 'اقتباس للاختبار')
       returning id`,
      [statement],
    );
    return rows[0]!.id;
  });
}
