// Like proxy.ts here: Turbopack looks for instrumentation.ts from the app's
// folder upwards and would otherwise compile the desk's own (which starts the
// job queue) three folders up. The floor app measures Next.js alone.
export function register() {}
