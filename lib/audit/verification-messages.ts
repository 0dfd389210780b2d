import type { ChainBreakKind } from "./chain";

/**
 * The lines of `POST /api/admin/audit/verify`'s NDJSON answer: progress after
 * each batch, then one outcome. Shared by the route and the page's client
 * component, so both read the same shape.
 */

export type VerificationProgress = { type: "progress"; checked: number; total: number };

export type VerificationOutcome =
  | {
      type: "intact";
      checked: number;
      intactThroughId: number;
      headHash: string;
      seconds: number;
      /** the exported head it was checked against, when one was given */
      againstHead: { eventId: number } | null;
    }
  | {
      type: "broken";
      checked: number;
      intactThroughId: number;
      eventId: number;
      /** why it breaks, worded by the page in the reader's language */
      breakKind: ChainBreakKind;
      previousId: number;
      seconds: number;
    }
  /** the walk itself failed (the database went away): nothing is known about the chain */
  | { type: "failed" };

export type VerificationMessage = VerificationProgress | VerificationOutcome;

export function verificationLine(message: VerificationMessage): string {
  return `${JSON.stringify(message)}\n`;
}

/** Splits streamed text into messages; returns the unfinished tail to prepend to the next chunk. */
export function readVerificationLines(buffered: string): {
  messages: VerificationMessage[];
  rest: string;
} {
  const lines = buffered.split("\n");
  const rest = lines.pop() ?? "";
  const messages = lines
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as VerificationMessage);
  return { messages, rest };
}
