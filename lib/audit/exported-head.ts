/**
 * The audit chain's head as it is kept outside the database: `ID:HASH`, the
 * newest event's id and its 64-hex-character hash. The same text the page
 * shows and downloads, `npm run audit:verify` prints and `--head` accepts.
 * Pure, so the browser can check a pasted head before sending it.
 */

export type ExportedHead = { eventId: number; hash: string };

export const EXPORTED_HEAD_EXAMPLE = "1234:" + "0123456789abcdef".repeat(4);

/** The start of the example, as the refusal of a bad head shows it (audit.errors.notAHead). */
export const EXPORTED_HEAD_SHORT = `${EXPORTED_HEAD_EXAMPLE.slice(0, 16)}…`;

const HEAD = /^(\d{1,15}):([0-9a-fA-F]{64})$/;

/** null when `text` is not a head; surrounding whitespace (a file's newline) is ignored. */
export function parseExportedHead(text: string): ExportedHead | null {
  const match = HEAD.exec(text.trim());
  if (!match) return null;
  const eventId = Number(match[1]);
  if (eventId < 1) return null;
  return { eventId, hash: match[2]!.toLowerCase() };
}

export function formatExportedHead(head: ExportedHead): string {
  return `${head.eventId}:${head.hash}`;
}

/** `audit-head-2025-03-01.txt`, dated in UTC like everything else in the log. */
export function exportedHeadFileName(exportedAt: Date): string {
  return `audit-head-${exportedAt.toISOString().slice(0, 10)}.txt`;
}
