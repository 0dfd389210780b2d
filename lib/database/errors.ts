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

// 57P01 admin_shutdown (pg_terminate_backend, a fast shutdown), 57P02
// crash_shutdown, 57P03 cannot_connect_now (starting up, recovering after a
// crash); class 08 is "connection exception".
const connectionSqlStates = new Set(["57P01", "57P02", "57P03"]);
const connectionSocketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);
// node-postgres reports a socket that closed under it, a pool that could not
// get a connection in time, or a query (drizzle's ROLLBACK after the failure)
// sent to a client already lost or ended (db/index.ts ends a client on a
// FATAL error), with these messages and no code.
const connectionMessages = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
  "Client was closed and is not queryable",
];

/**
 * The database connection failed or was cut (server restarted or killed,
 * backend terminated, nothing listening): nothing about the request itself
 * was wrong, and the same request may succeed a moment later. A transaction
 * cut this way was rolled back by the server, unless the cut came while its
 * COMMIT was on the wire, which the client cannot tell apart.
 */
export function isConnectionError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current || typeof current !== "object" || seen.has(current) || seen.size > 10) continue;
    seen.add(current);
    const { code, message, cause, errors } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === "string") {
      if (connectionSqlStates.has(code) || code.startsWith("08")) return true;
      if (connectionSocketCodes.has(code)) return true;
    }
    if (typeof message === "string" && connectionMessages.some((m) => message.startsWith(m))) {
      return true;
    }
    pending.push(cause);
    // a connect to a name with several addresses fails with an AggregateError
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return false;
}
