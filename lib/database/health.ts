import "server-only";
import { getPool } from "@/db";
import { readSchemaVersion } from "@/db/schema-version";

export type DatabaseHealth =
  | { status: "ok"; database: "up"; schema: string }
  | { status: "degraded"; database: "up"; schema: string | null; expected: string }
  | { status: "down"; database: "down"; error: string };

export async function readDatabaseHealth(): Promise<DatabaseHealth> {
  try {
    const client = await getPool().connect();
    try {
      const version = await readSchemaVersion(client);
      return version.behind
        ? {
            status: "degraded",
            database: "up",
            schema: version.applied,
            expected: version.expected,
          }
        : { status: "ok", database: "up", schema: version.applied ?? version.expected };
    } finally {
      client.release();
    }
  } catch {
    // no driver message: it can name hosts and users
    return { status: "down", database: "down", error: "The database does not answer." };
  }
}
