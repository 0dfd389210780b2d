import "server-only";
import { getPool } from "@/db";
import { readReplicaState, type ReplicaState } from "@/db/replica";
import { readSchemaVersion } from "@/db/schema-version";

export type DatabaseHealth = (
  | { status: "ok"; database: "up"; schema: string }
  | { status: "degraded"; database: "up"; schema: string | null; expected: string }
  | { status: "down"; database: "down"; error: string }
) & { replica?: ReplicaState & { reads: "replica" | "primary" } };

/**
 * The primary's health, and the replica's when one is set. A replica that is
 * down or lagging does not fail the check: reads fall back to the primary, and
 * `replica.reads` says where they go now.
 */
export async function readDatabaseHealth(): Promise<DatabaseHealth> {
  const [primary, replica] = await Promise.all([readPrimaryHealth(), readReplicaState()]);
  if (replica.replica === "off") return primary;
  return {
    ...primary,
    replica: { ...replica, reads: replica.replica === "up" ? "replica" : "primary" },
  };
}

async function readPrimaryHealth(): Promise<DatabaseHealth> {
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
