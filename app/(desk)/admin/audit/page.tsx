import type { Metadata } from "next";
import Link from "next/link";
import { VerifyIntegrity } from "@/components/audit/verify-integrity";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/audit/log";
import { requireUser } from "@/lib/auth/current-user";
import { forbidIfNotRole } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Audit log" };

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string }>;
}) {
  const user = await requireUser();
  await forbidIfNotRole(user, "admin", "page:/admin/audit");
  const before = Number((await searchParams).before) || undefined;
  const events = await listAuditEvents(user, before);
  const oldest = events[events.length - 1];

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p className="text-sm text-muted">
          Every change, sign-in and refused attempt, newest first. The trail is append-only and
          hash-chained.
        </p>
      </div>
      <VerifyIntegrity />
      <ol className="flex flex-col divide-y divide-line rounded-lg border border-line bg-white">
        {events.map((event) => (
          <li key={event.id} className="flex flex-col gap-1 px-4 py-3 text-sm">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <span className="font-mono text-xs text-muted">#{event.id}</span>
              <span className="font-medium">{event.action}</span>
              <span className="text-muted">
                {event.entityType}
                {event.entityId ? ` ${event.entityId}` : ""}
              </span>
              <span className="ms-auto text-muted">{dateTime.format(event.occurredAt)} UTC</span>
            </div>
            <p className="text-muted">by {event.actorEmail ?? "the system"}</p>
            {(event.before != null || event.after != null) && (
              <details>
                <summary className="cursor-pointer text-accent">Before and after</summary>
                <div className="mt-2 grid gap-2 md:grid-cols-2">
                  <pre className="overflow-x-auto rounded bg-paper p-2 text-xs">
                    {JSON.stringify(event.before, null, 2)}
                  </pre>
                  <pre className="overflow-x-auto rounded bg-paper p-2 text-xs">
                    {JSON.stringify(event.after, null, 2)}
                  </pre>
                </div>
              </details>
            )}
          </li>
        ))}
      </ol>
      {events.length === AUDIT_PAGE_SIZE && oldest && (
        <Link className="text-accent underline" href={`/admin/audit?before=${oldest.id}`}>
          Older events
        </Link>
      )}
    </div>
  );
}
