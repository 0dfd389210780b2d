import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { QueueList } from "@/components/assignments/queue-list";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Section } from "@/components/ui/section";
import { DONE_LISTED_DAYS, listMyAssignments } from "@/lib/assignments/queue";
import { requireUser } from "@/lib/auth/current-user";
import { boardHref, defaultBoardFilter } from "@/lib/claims/board-query";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("title") };
}

/** A person's queue: what is theirs to check, the soonest due first, and what they finished lately. */
export default async function MyAssignmentsPage() {
  const user = await requireUser();
  const [{ open, done, today }, t] = await Promise.all([
    listMyAssignments(user),
    getTranslations("queue"),
  ]);
  return (
    <ClientMessages namespaces={["claim.live"]}>
      <div className="mx-auto flex max-w-4xl flex-col gap-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <LiveRefresh />
        </div>
        <Section
          heading={t("toCheck")}
          beside={
            <Link
              href={boardHref({ ...defaultBoardFilter, assignee: "me" })}
              className="text-sm text-accent underline"
            >
              {t("onTheBoard")}
            </Link>
          }
          empty={open.length === 0 && t("nothing")}
          emptyClassName="rounded-md border border-dashed border-line bg-white p-4 text-muted"
        >
          <QueueList assignments={open} today={today} label={t("open")} />
        </Section>
        <Section
          heading={t("doneLately")}
          empty={done.length === 0 && t("nothingDone", { days: DONE_LISTED_DAYS })}
        >
          <QueueList assignments={done} today={today} label={t("done")} />
        </Section>
      </div>
    </ClientMessages>
  );
}
