/**
 * The largest request body a page accepts: a server action's form. The
 * biggest is a report import, up to 2 MB of text (lib/reports/limits.ts)
 * and the form around it; the import form refuses bigger files before
 * sending them. next.config.ts gives Next the same limit, and proxy.ts
 * answers 413 to a body that declares itself bigger, before anything reads it.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 3 * 1024 * 1024;
