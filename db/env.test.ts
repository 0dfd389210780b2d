import { describe, expect, it } from "vitest";
import { databaseEnvSchema } from "./env";

describe("the replica's settings", () => {
  it("reads from the primary alone and allows 10 s of lag unless told otherwise", () => {
    const parsed = databaseEnvSchema.parse({});
    expect(parsed.DATABASE_REPLICA_URL).toBeUndefined();
    expect(parsed.REPLICA_MAX_LAG_SECONDS).toBe(10);
  });

  it("takes a replica's connection string and a lag limit in seconds", () => {
    const parsed = databaseEnvSchema.parse({
      DATABASE_REPLICA_URL: "postgres://desk_web:secret@replica.example/desk",
      REPLICA_MAX_LAG_SECONDS: "2.5",
    });
    expect(parsed.REPLICA_MAX_LAG_SECONDS).toBe(2.5);
  });

  it("refuses what is not a postgres URL or not a positive number of seconds", () => {
    const result = databaseEnvSchema.safeParse({
      DATABASE_REPLICA_URL: "replica.example:5432",
      REPLICA_MAX_LAG_SECONDS: "ten",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "DATABASE_REPLICA_URL",
      "REPLICA_MAX_LAG_SECONDS",
    ]);
  });
});
