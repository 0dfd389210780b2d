import type { Metadata } from "next";
import Link from "next/link";
import { QueueList } from "@/components/assignments/queue-list";
import { LiveRefresh } from "@/components/live/live-refresh";
import { DONE_LISTED_DAYS, listMyAssignments } from "@/lib/assignments/queue";
import { requireUser } from "@/lib/auth/current-user";
import { boardHref, defaultBoardFilter } from "@/lib/claims/board-query";

export const metadata: Metadata = { title: "Assigned to me" };

/** A person's queue: what is theirs to check, the soonest due first, and what they finished lately. */
export default async function MyAssignmentsPage() {
  const user = await requireUser();
  const { open, done, today } = await listMyAssignments(user);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Assigned to me</h1>
        <LiveRefresh />
      </div>
      <section aria-labelledby="open-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="open-heading" className="text-lg font-semibold">
            To check
          </h2>
          <Link
            href={boardHref({ ...defaultBoardFilter, assignee: "me" })}
            className="text-sm text-accent underline"
          >
            Open these on the board
          </Link>
        </div>
        {open.length === 0 ? (
          <p className="rounded-md border border-dashed border-line bg-white p-4 text-muted">
            Nothing is assigned to you. Take a claim from the board with “I&apos;ll check this” on
            its page, or wait for an editor to assign one.
          </p>
        ) : (
          <QueueList assignments={open} today={today} label="Open assignments" />
        )}
      </section>
      <section aria-labelledby="done-heading" className="flex flex-col gap-3">
        <h2 id="done-heading" className="text-lg font-semibold">
          Done lately
        </h2>
        {done.length === 0 ? (
          <p className="text-muted">{`Nothing done in the last ${DONE_LISTED_DAYS} days.`}</p>
        ) : (
          <QueueList assignments={done} today={today} label="Done assignments" />
        )}
      </section>
    </div>
  );
}
