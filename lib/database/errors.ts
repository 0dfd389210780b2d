/**
 * PostgreSQL error codes the data layer answers on purpose. drizzle wraps the
 * driver's error, so the code is looked for on the error and on its cause.
 */
function sqlState(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 3; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A unique index refused the row: someone else got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === "23505";
}
