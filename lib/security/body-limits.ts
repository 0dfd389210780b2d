/**
 * The largest request body a page accepts: a server action's form. The
 * biggest is a report import, up to 2 MB of text (lib/reports/limits.ts)
 * and the form around it; the import form refuses bigger files before
 * sending them. next.config.ts gives Next the same limit, and proxy.ts
 * answers 413 to a body that declares itself bigger, before anything reads it.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 3 * 1024 * 1024;

/**
 * The largest body an API route accepts: the biggest it needs is a sign-in
 * form or the integrity check's pasted head, well under a kilobyte. proxy.ts
 * answers 413 to a bigger declared body and 411 to one that declares no
 * length, so no route, the sign-in endpoint included, reads more before it
 * knows who is asking.
 */
export const API_BODY_LIMIT_BYTES = 16 * 1024;
