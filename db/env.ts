/**
 * The database's part of the environment. It lives beside the pool so that
 * db/ reads its settings without reaching up into lib/; lib/env.ts extends
 * this schema with the rest of the desk's settings and validates them all.
 */
import { z } from "zod";

export const databaseEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection string")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** a read replica: the board, search, timeline, dashboard and exports read from it (db/replica.ts) */
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection string")
    .optional(),
  /** a replica further behind than this is not read from: reads go to the primary */
  REPLICA_MAX_LAG_SECONDS: z.coerce.number().min(0.1).max(3600).default(10),
});

/** The process environment with empty variables (DATABASE_URL= in a shell or .env) left out. */
export function presentEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => !!entry[1]),
  );
}

/** Parses `schema` over the environment, or throws naming each malformed variable. */
export function parseEnvironment<S extends z.ZodType>(schema: S): z.infer<S> {
  const parsed = schema.safeParse(presentEnvironment());
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const databaseEnv = parseEnvironment(databaseEnvSchema);
