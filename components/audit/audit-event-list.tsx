import Link from "next/link";
import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { auditLogHref, SYSTEM_ACTOR, type AuditFilterInput } from "@/lib/audit/filters";
import type { AuditLogEvent, AuditLogPage } from "@/lib/audit/log";
import { useAuditNames } from "./audit-names";
import { EventDiff } from "./event-diff";

/**
 * One page of the log, newest first; each event's action, actor and entity
 * link to that filter. Actions and entity types are named in the reader's
 * language (their codes stay in the links); ids and addresses are data,
 * shown as written (left to right) in either language.
 */
export function AuditEventList({ page, input }: { page: AuditLogPage; input: AuditFilterInput }) {
  const t = useTranslations("audit.events");
  const filtered = (extra: AuditFilterInput) => auditLogHref({ ...input, ...extra });
  return (
    <section aria-labelledby="audit-events-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="audit-events-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        {page.events.length > 0 && (
          <p className="text-sm text-muted">
            {t("range", {
              first: String(page.events[0]!.id),
              last: String(page.events.at(-1)!.id),
            })}
          </p>
        )}
      </div>
      {page.events.length === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-white p-6 text-muted">
          {page.searchStoppedAt !== null
            ? t("noneSearched", { id: String(page.searchStoppedAt) })
            : t("none")}
        </p>
      ) : (
        <ol className="flex flex-col divide-y divide-line rounded-lg border border-line bg-white">
          {page.events.map((event) => (
            <AuditEventItem key={event.id} event={event} filtered={filtered} />
          ))}
        </ol>
      )}
      {page.searchStoppedAt !== null && page.events.length > 0 && (
        <p className="text-sm text-muted">{t("stopped", { id: String(page.searchStoppedAt) })}</p>
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
  const t = useTranslations("audit.events");
  const names = useAuditNames();
  const format = useFormatter();
  const hasChanges = event.before != null || event.after != null;
  const entity = event.entityEmail ?? event.entityId;
  return (
    <li className="flex flex-col gap-1 px-4 py-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <span dir="ltr" className="font-mono text-xs text-muted">
          #{event.id}
        </span>
        <Link href={filtered({ action: event.action })} className="font-medium hover:underline">
          {names.action(event.action)}
        </Link>
        <Link
          href={filtered({ entityType: event.entityType, entityId: event.entityId ?? undefined })}
          className="min-w-0 text-muted wrap-anywhere hover:underline"
        >
          {entity
            ? t.rich("entity", {
                type: names.entityType(event.entityType),
                // an address or id is data: its own direction, like every datum on an Arabic page
                entity: () => <bdi dir="auto">{entity}</bdi>,
              })
            : names.entityType(event.entityType)}
        </Link>
        <time dateTime={event.occurredAt.toISOString()} className="ms-auto text-muted tabular-nums">
          {t("at", { at: format.dateTime(event.occurredAt, "second") })}
        </time>
      </div>
      <p className="text-muted">
        {t.rich("by", {
          actor: () => (
            <Link
              href={filtered({ actor: event.actorId ?? SYSTEM_ACTOR })}
              className="hover:underline"
            >
              {event.actorEmail ? <bdi dir="auto">{event.actorEmail}</bdi> : t("theSystem")}
            </Link>
          ),
        })}
        {event.requestId && (
          <span className="ms-2 font-mono text-xs" title={t("requestId")}>
            {t.rich("request", {
              id: () => <bdi dir="auto">{event.requestId!.slice(0, 8)}</bdi>,
            })}
          </span>
        )}
      </p>
      {hasChanges && (
        <details>
          <summary className="cursor-pointer text-accent">
            {t("beforeAfter")}
            <span className="sr-only"> {t("ofEvent", { id: String(event.id) })}</span>
          </summary>
          <EventDiff before={event.before} after={event.after} names={names} />
        </details>
      )}
    </li>
  );
}

function AuditPagination({ page, input }: { page: AuditLogPage; input: AuditFilterInput }) {
  const t = useTranslations("audit.events");
  if (!page.newer && !page.older) return null;
  return (
    <nav aria-label={t("pages")} className="flex gap-4">
      {page.newer && (
        <Link className="text-accent underline" href={auditLogHref(input, page.newer)}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{" "}
          {t("newer")}
        </Link>
      )}
      {page.older && (
        <Link className="text-accent underline" href={auditLogHref(input, page.older)}>
          {t("older")}{" "}
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            →
          </span>
        </Link>
      )}
    </nav>
  );
}
