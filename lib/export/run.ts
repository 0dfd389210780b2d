import "server-only";
import { getDb } from "@/db";
import type { User } from "@/db/schema";
import type { CallerChannel } from "@/lib/api-tokens/tokens";
import { recordAudit } from "@/lib/audit/record";
import { assertRole } from "@/lib/auth/authorization";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/rate-limits";
import type { ExportClaim } from "./claim-record";
import { claimReviewWriter } from "./claimreview";
import { csvHeader, csvRows } from "./csv";
import type { ExportMeta } from "./export-meta";
import { jsonClaims, jsonClosing, jsonOpening } from "./json";
import { markdownWriter } from "./markdown";
import {
  countSelection,
  exportClaimBatches,
  resolveSelection,
  type ResolvedSelection,
} from "./query";
import { describeSelection } from "./describe-selection";
import { englishReader, readerOf } from "./reader";
import {
  exportFileName,
  selectionSearchParams,
  type ExportFormat,
  type ExportSelection,
} from "./selection";

/**
 * Running an export: check the selection, count it, record the export in
 * the audit trail, then stream the file. The audit row is written before the
 * first byte, with the count taken then: an export that starts is always on
 * record, even when the download is cut off, and the count is exact unless
 * a claim changes during the few seconds of the stream (batches are not one
 * snapshot; see ./query.ts).
 */

/** Turns batches of claims into the text of one format. */
export type FormatWriter = {
  open(): string;
  write(claims: readonly ExportClaim[]): string;
  close(): string;
};

export const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
};

export type ExportRun = {
  fileName: string;
  contentType: string;
  /** the claims counted when the export started */
  count: number;
  body: ReadableStream<Uint8Array>;
};

/** The address permalinks start with: PUBLIC_URL when set, else the request's own origin. */
export function exportPublicUrl(requestOrigin: string): string {
  return (env.PUBLIC_URL ?? requestOrigin).replace(/\/+$/, "");
}

function writerFor(format: ExportFormat, meta: ExportMeta, publicUrl: string): FormatWriter {
  switch (format) {
    case "csv":
      return { open: csvHeader, write: csvRows, close: () => "" };
    case "json": {
      let written = 0;
      return {
        open: () => jsonOpening(meta),
        write(claims) {
          const text = jsonClaims(claims, written);
          written += claims.length;
          return text;
        },
        close: () => jsonClosing(written),
      };
    }
    case "md":
      return markdownWriter(meta);
    case "claimreview":
      return claimReviewWriter({ organisation: meta.organisation, publicUrl });
  }
}

/**
 * Checks, counts and describes a selection: everything an export needs
 * before its first claim. Its words for people are the exporting editor's
 * language (./reader.ts).
 */
export async function prepareExport(
  actor: User,
  selection: ExportSelection,
  options: { decidedOnly?: boolean } = {},
): Promise<{ resolved: ResolvedSelection; meta: ExportMeta }> {
  const reader = readerOf(actor);
  assertRole(actor, "editor");
  const resolved = await resolveSelection(actor, selection, options);
  const count = await countSelection(actor, resolved);
  const meta: ExportMeta = {
    generatedAt: new Date(),
    generatedBy: actor.displayName,
    organisation: env.DESK_ORGANISATION_NAME,
    selection,
    reportTitle: resolved.reportTitle,
    entityName: resolved.entityName,
    description: describeSelection(
      selection,
      { report: resolved.reportTitle, entity: resolved.entityName },
      reader,
    ),
    count,
    reader,
  };
  return { resolved, meta };
}

/** One "export.run" audit event: the format, the selection, how many rows, how it was asked for. */
export async function recordExport(
  actor: User,
  meta: ExportMeta,
  format: ExportFormat | "print",
  channel: CallerChannel,
  rowCount = meta.count,
) {
  await recordAudit(getDb(), {
    actorId: actor.id,
    action: "export.run",
    entityType: "export",
    entityId: null,
    after: {
      format,
      selection: {
        report: meta.selection.reportId,
        entity: meta.selection.entityId,
        from: meta.selection.from,
        to: meta.selection.to,
        status: meta.selection.statuses,
      },
      query: selectionSearchParams(meta.selection).toString(),
      // the trail's record says it in one language whoever exported, as its other fields
      description: describeSelection(
        meta.selection,
        { report: meta.reportTitle, entity: meta.entityName },
        englishReader,
      ),
      rowCount,
      ...channel,
    },
  });
}

/**
 * A stream that reads one batch each time the reader wants more (the
 * stream's high-water mark is one chunk), so a slow download slows the
 * reading instead of filling memory. Cancelling stops the reading.
 */
export function streamBatches(
  batches: AsyncGenerator<readonly ExportClaim[]>,
  writer: FormatWriter,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(writer.open()));
    },
    async pull(controller) {
      // loop until something is sent: a pull that enqueues nothing is not called again
      for (;;) {
        const next = await batches.next().catch((error: unknown) => {
          // the response has started: the client sees a cut-off file, the log says why
          console.error("[export] stream failed:", error);
          throw error;
        });
        if (next.done) {
          const tail = writer.close();
          if (tail) controller.enqueue(encoder.encode(tail));
          controller.close();
          return;
        }
        const text = writer.write(next.value);
        if (text) {
          controller.enqueue(encoder.encode(text));
          return;
        }
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/**
 * Starts an export: the returned body streams the file. Throws
 * RuleViolation (naming the parameter) for an unknown report or entity,
 * RateLimited (a RuleViolation saying when to try again) past the person's or
 * the API token's allowance (lib/rate-limits.ts), and ForbiddenError below
 * editor.
 */
export async function runExport(
  actor: User,
  input: {
    selection: ExportSelection;
    format: ExportFormat;
    publicUrl: string;
    channel: CallerChannel;
    batchSize?: number;
  },
): Promise<ExportRun> {
  assertRole(actor, "editor");
  await consumeRateLimit(getDb(), "export", actor.id);
  if (input.channel.via === "api_token") {
    await consumeRateLimit(getDb(), "api_token", input.channel.tokenId);
  }
  const { resolved, meta } = await prepareExport(actor, input.selection, {
    // ClaimReview publishes verdicts: a claim without one has nothing to say
    decidedOnly: input.format === "claimreview",
  });
  await recordExport(actor, meta, input.format, input.channel);
  const batches = exportClaimBatches(actor, resolved, {
    publicUrl: input.publicUrl,
    batchSize: input.batchSize,
  });
  return {
    fileName: exportFileName(input.selection, input.format, meta.generatedAt),
    contentType: contentTypes[input.format],
    count: meta.count,
    body: streamBatches(batches, writerFor(input.format, meta, input.publicUrl)),
  };
}

/** Up to `limit` claims of a prepared selection, for the preview and the printable page. */
export async function firstClaims(
  actor: User,
  resolved: ResolvedSelection,
  options: { publicUrl: string; limit: number },
): Promise<ExportClaim[]> {
  const claims: ExportClaim[] = [];
  for await (const batch of exportClaimBatches(actor, resolved, options)) claims.push(...batch);
  return claims;
}
