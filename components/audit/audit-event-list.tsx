import Link from "next/link";
import { auditLogHref, SYSTEM_ACTOR, type AuditFilterInput } from "@/lib/audit/filters";
import type { AuditLogEvent, AuditLogPage } from "@/lib/audit/log";
import { EventDiff } from "./event-diff";

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

/** One page of the log, newest first; each event's action, actor and entity link to that filter. */
export function AuditEventList({ page, input }: { page: AuditLogPage; input: AuditFilterInput }) {
  const filtered = (extra: AuditFilterInput) => auditLogHref({ ...input, ...extra });
  return (
    <section aria-labelledby="audit-events-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="audit-events-heading" className="text-lg font-semibold">
          Events
        </h2>
        {page.events.length > 0 && (
          <p className="text-sm text-muted">
            Events #{page.events[0]!.id} to #{page.events.at(-1)!.id}, newest first
          </p>
        )}
      </div>
      {page.events.length === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-white p-6 text-muted">
          {page.searchStoppedAt !== null
            ? `No matching events among those searched so far (down to event #${page.searchStoppedAt}).`
            : "No events match these filters."}
        </p>
      ) : (
        <ol className="flex flex-col divide-y divide-line rounded-lg border border-line bg-white">
          {page.events.map((event) => (
            <AuditEventItem key={event.id} event={event} filtered={filtered} />
          ))}
        </ol>
      )}
      {page.searchStoppedAt !== null && page.events.length > 0 && (
        <p className="text-sm text-muted">
          The search stopped at event #{page.searchStoppedAt} to keep this page fast; older events
          may still match.
        </p>
      )}
      <AuditPagination page={page} input={input} />
    </section>
  );
}

function AuditEventItem({
  event,
  filtered,
}: {
  event: AuditLogEvent;
  filtered: (extra: AuditFilterInput) => string;
}) {
  const hasChanges = event.before != null || event.after != null;
  return (
    <li className="flex flex-col gap-1 px-4 py-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <span className="font-mono text-xs text-muted">#{event.id}</span>
        <Link href={filtered({ action: event.action })} className="font-medium hover:underline">
          {event.action}
        </Link>
        <Link
          href={filtered({ entityType: event.entityType, entityId: event.entityId ?? undefined })}
          className="text-muted hover:underline"
        >
          {event.entityType}
          {event.entityEmail ? ` ${event.entityEmail}` : event.entityId ? ` ${event.entityId}` : ""}
        </Link>
        <time dateTime={event.occurredAt.toISOString()} className="ms-auto text-muted tabular-nums">
          {dateTime.format(event.occurredAt)} UTC
        </time>
      </div>
      <p className="text-muted">
        by{" "}
        <Link href={filtered({ actor: event.actorId ?? SYSTEM_ACTOR })} className="hover:underline">
          {event.actorEmail ?? "the system"}
        </Link>
        {event.requestId && (
          <span className="ms-2 font-mono text-xs" title="Request id">
            request {event.requestId.slice(0, 8)}
          </span>
        )}
      </p>
      {hasChanges && (
        <details>
          <summary className="cursor-pointer text-accent">
            Before and after<span className="sr-only"> of event #{event.id}</span>
          </summary>
          <EventDiff before={event.before} after={event.after} />
        </details>
      )}
    </li>
  );
}

function AuditPagination({ page, input }: { page: AuditLogPage; input: AuditFilterInput }) {
  if (!page.newer && !page.older) return null;
  return (
    <nav aria-label="Audit log pages" className="flex gap-4">
      {page.newer && (
        <Link className="text-accent underline" href={auditLogHref(input, page.newer)}>
          ← Newer
        </Link>
      )}
      {page.older && (
        <Link className="text-accent underline" href={auditLogHref(input, page.older)}>
          Older events →
        </Link>
      )}
    </nav>
  );
}
