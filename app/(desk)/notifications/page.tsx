import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import {
  InboxLiveRefresh,
  MarkAllReadButton,
  MarkReadButton,
} from "@/components/notifications/inbox-controls";
import { requireUser } from "@/lib/auth/current-user";
import { languageOfLocale } from "@/lib/i18n/languages";
import { READ_NOTIFICATION_RETENTION_DAYS } from "@/lib/notifications/email-jobs";
import { bellCount } from "@/lib/notifications/bell";
import { listNotifications } from "@/lib/notifications/inbox";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.inbox"))("title") };
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string }>;
}) {
  const user = await requireUser();
  const { before: beforeParam } = await searchParams;
  const before = /^\d+$/.test(beforeParam ?? "") ? Number(beforeParam) : undefined;
  const language = languageOfLocale(await getLocale());
  const [{ entries, nextBefore }, unread] = await Promise.all([
    listNotifications(user, { before, language }),
    bellCount(user),
  ]);
  const t = await getTranslations("notifications.inbox");
  const sentences = (await getTranslations("notifications")) as unknown as {
    rich: (key: string, values: Record<string, unknown>) => React.ReactNode;
  };
  const isolated = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;
  const format = await getFormatter();
  return (
    <ClientMessages namespaces={["notifications.inbox"]}>
      <div className="flex max-w-3xl flex-col gap-4">
        <InboxLiveRefresh unread={unread} />
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold">{t("title")}</h1>
            <p className="text-sm text-muted">
              {t("unread", { count: unread })}{" "}
              {t("intro", { days: READ_NOTIFICATION_RETENTION_DAYS })}{" "}
              <Link href="/account#email-heading" className="text-accent underline">
                {t("emailSettings")}
              </Link>
            </p>
          </div>
          <MarkAllReadButton disabled={unread === 0} />
        </div>
        {entries.length === 0 ? (
          <p className="rounded-lg border border-line bg-white p-4 text-muted">
            {before ? t("noOlder") : t("none")}
          </p>
        ) : (
          <ol className="flex flex-col gap-2" aria-label={t("listLabel")}>
            {entries.map((entry) => (
              <li
                key={entry.id}
                className={`flex flex-wrap items-start justify-between gap-2 rounded-lg border p-3 ${
                  entry.read ? "border-line bg-white" : "border-accent/40 bg-accent/5"
                }`}
              >
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <a
                    href={`/notifications/${entry.id}`}
                    className={`wrap-anywhere text-accent underline-offset-2 hover:underline ${entry.read ? "" : "font-semibold"}`}
                  >
                    {/* the sentence reads in the page's direction; names and the statement in theirs */}
                    {sentences.rich(entry.message.key, {
                      ...entry.message.values,
                      name: isolated,
                      words: isolated,
                      source: isolated,
                    })}
                  </a>
                  <p className="text-xs text-muted">
                    {!entry.read && (
                      <span className="me-2 font-medium text-accent">{t("unreadMark")}</span>
                    )}
                    <time dateTime={entry.createdAt.toISOString()}>
                      {t("at", { at: format.dateTime(entry.createdAt, "moment") })}
                    </time>
                  </p>
                </div>
                {!entry.read && (
                  <MarkReadButton notificationId={entry.id} sentence={entry.sentence} />
                )}
              </li>
            ))}
          </ol>
        )}
        {nextBefore && (
          <p>
            <Link href={`/notifications?before=${nextBefore}`} className="text-accent underline">
              {t("older")}
            </Link>
          </p>
        )}
      </div>
    </ClientMessages>
  );
}
