/**
 * The verdicts an editor gives, in the order the desk lists them. Apart from
 * enums.ts, which makes the verdict_kind enum from this list, so that forms
 * and filters in the browser can read it without bringing drizzle along.
 */
export const verdictKinds = ["verified", "false", "misleading", "unproven"] as const;
