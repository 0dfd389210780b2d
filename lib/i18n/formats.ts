import type { Formats } from "next-intl";

/**
 * The named formats the catalogues and components use, so a date reads the
 * same wherever it is shown: "4 Dec 2026" (day), "4 Dec 2026, 13:05" (moment),
 * "4 Dec 2026, 13:05:09" (second: the audit trail and sign-ins, whose events
 * come closer together than a minute).
 * Month names come from Intl in the interface's language.
 */
export const formats = {
  dateTime: {
    day: { day: "numeric", month: "short", year: "numeric" },
    moment: {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    },
    second: {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    },
  },
} satisfies Formats;
