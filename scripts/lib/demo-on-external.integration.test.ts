import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { prepareDatabase } from "./prepare-database";

// In a file of its own: it loads the demo desk into its database.

const dataDir = mkdtempSync(path.join(os.tmpdir(), "desk-demo-external-"));
afterEach(() => vi.unstubAllEnvs());

const demoAdmins = () => getDb().select().from(users).where(eq(users.email, "admin@demo.test"));

describe("DEMO=1 on a database of DATABASE_URL", () => {
  it("refuses to create the demo accounts unless DEMO_ALLOW_ON_EXTERNAL=1 says this database is a demo", async () => {
    vi.stubEnv("DEMO", "1");
    vi.stubEnv("DEMO_PASSWORD", "a-demo-password-for-tests");
    vi.stubEnv("DATABASE_WAIT_SECONDS", "5");
    await expect(prepareDatabase(dataDir)).rejects.toThrow(
      /DEMO=1 would create the demo accounts \(admin@demo\.test among them.*DEMO_ALLOW_ON_EXTERNAL=1/,
    );
    expect(await demoAdmins()).toHaveLength(0);

    vi.stubEnv("DEMO_ALLOW_ON_EXTERNAL", "1");
    const prepared = await prepareDatabase(dataDir);
    expect(prepared.demoCredentials?.password).toBe("a-demo-password-for-tests");
    expect(await demoAdmins()).toHaveLength(1);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
});
