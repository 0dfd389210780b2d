import "server-only";
import { getPool } from "@/db";
import type { User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { RuleViolation } from "@/lib/errors";
import { verifyAuditChain } from "./chain";
import { EXPORTED_HEAD_SHORT, parseExportedHead, type ExportedHead } from "./exported-head";
import { verificationLine, type VerificationMessage } from "./verification-messages";

/**
 * The page's integrity check: walks the whole chain in batches and streams
 * NDJSON lines (lib/audit/verification-messages.ts), a progress line per
 * batch and one outcome. Admins only; the role and the pasted head are
 * checked before the stream is made, so the route can still answer 403 or
 * 400 instead of a 200 that fails later.
 */
export function auditVerificationStream(
  actor: User,
  options: { head?: string; signal?: AbortSignal; batchSize?: number } = {},
): ReadableStream<Uint8Array> {
  assertRole(actor, "admin");
  const expectedHead = options.head === undefined ? undefined : readHead(options.head);

  const encoder = new TextEncoder();
  const cancelled = new AbortController();
  const signal = options.signal
    ? AbortSignal.any([options.signal, cancelled.signal])
    : cancelled.signal;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (message: VerificationMessage) => {
        if (!signal.aborted) controller.enqueue(encoder.encode(verificationLine(message)));
      };
      // not awaited: start() returning lets the progress lines flow while the walk runs
      void walk(expectedHead, signal, options.batchSize, send).finally(() => {
        try {
          controller.close();
        } catch {
          // the reader already cancelled
        }
      });
    },
    cancel() {
      cancelled.abort();
    },
  });
}

function readHead(text: string): ExportedHead {
  const head = parseExportedHead(text);
  if (!head) {
    throw new RuleViolation("audit.errors.notAHead", "head", { example: EXPORTED_HEAD_SHORT });
  }
  return head;
}

async function walk(
  expectedHead: ExportedHead | undefined,
  signal: AbortSignal,
  batchSize: number | undefined,
  send: (message: VerificationMessage) => void,
) {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  try {
    const result = await verifyAuditChain(getPool(), {
      batchSize,
      expectedHead,
      signal,
      onProgress: (checked, total) => send({ type: "progress", checked, total }),
    });
    send(
      result.firstBreak
        ? {
            type: "broken",
            checked: result.checked,
            intactThroughId: result.intactThroughId,
            eventId: result.firstBreak.eventId,
            breakKind: result.firstBreak.kind,
            previousId: result.firstBreak.previousId ?? 0,
            seconds: seconds(),
          }
        : {
            type: "intact",
            checked: result.checked,
            intactThroughId: result.intactThroughId,
            headHash: result.headHash,
            seconds: seconds(),
            againstHead: expectedHead ? { eventId: expectedHead.eventId } : null,
          },
    );
  } catch (error) {
    if (signal.aborted) return;
    console.error(`[audit] verification failed: ${String(error)}`);
    // the page says it in the reader's language: the walk stopped before the end
    send({ type: "failed" });
  }
}
