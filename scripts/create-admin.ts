/**
 * `npm run create-admin -- --email you@example.org [--name "Your Name"] [--password-file FILE]`
 * Creates an active admin on DATABASE_URL: the first account of a production
 * desk, which never gets demo accounts. Without --password-file the password
 * is asked for on the terminal, not echoed.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { drizzle } from "drizzle-orm/node-postgres";
import { sql } from "drizzle-orm";
import pg from "pg";
import { z } from "zod";
import * as schema from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { readHiddenLine } from "./lib/read-hidden-line";
import { redactUrl } from "./lib/redact";

const input = z.object({
  email: z.email("--email must be an email address").max(320),
  name: z.string().trim().min(1).max(120),
  password: z.string().min(12, "the password must have at least 12 characters").max(1024),
});

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      "password-file": { type: "string" },
    },
  });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the desk's database.");
  if (!values.email)
    throw new Error(
      "Usage: npm run create-admin -- --email you@example.org [--name NAME] [--password-file FILE]",
    );
  const password = values["password-file"]
    ? readFileSync(values["password-file"], "utf8").replace(/\r?\n$/, "")
    : await readHiddenLine("Password for the new admin (12+ characters): ");
  const parsed = input.safeParse({
    email: values.email,
    name: values.name ?? values.email.split("@")[0],
    password,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));

  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const db = drizzle({ client: pool, schema });
    const passwordHash = await hashPassword(parsed.data.password);
    await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: schema.users.id })
        .from(schema.users)
        .where(sql`lower(${schema.users.email}) = lower(${parsed.data.email})`);
      if (existing) throw new Error(`An account for ${parsed.data.email} already exists.`);
      const [admin] = await tx
        .insert(schema.users)
        .values({
          email: parsed.data.email,
          displayName: parsed.data.name,
          role: "admin",
          passwordHash,
        })
        .returning();
      await tx.insert(schema.auditEvents).values({
        action: "user.create",
        entityType: "user",
        entityId: admin!.id,
        after: { email: admin!.email, role: "admin", source: "create-admin command" },
        requestId: `cli-${Date.now()}`,
      });
    });
    console.log(`Admin ${parsed.data.email} created on ${redactUrl(url)}. Sign in at /login.`);
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
