import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { buttonClass } from "@/components/ui/button";
import { describeUnsubscribe } from "@/lib/notifications/unsubscribe";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.unsubscribe"))("title") };
}

/**
 * Where an email's "stop these emails" link leads: says which account and
 * which kind, and turns it off with one button, without signing in. Opening
 * the page changes nothing (mail scanners open links). In the browser's
 * language, as every signed-out page is.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string; done?: string }>;
}) {
  const { token = "", done } = await searchParams;
  const request = token ? await describeUnsubscribe(token.slice(0, 500)) : null;
  const t = await getTranslations("notifications");
  const kind = request ? t(`kinds.${request.kind}`) : "";
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col gap-4 px-4 py-12">
      <h1 className="text-2xl font-semibold">{t("unsubscribe.heading")}</h1>
      {!request ? (
        <p role="alert" className="rounded-md border border-danger/30 bg-danger/5 px-3 py-2">
          {t("unsubscribe.invalid")}
        </p>
      ) : done === "1" ? (
        <p role="status" className="rounded-md border border-success/30 bg-success/5 px-3 py-2">
          {t.rich("unsubscribe.done", {
            kind,
            email: () => <bdi>{request.email}</bdi>,
          })}
        </p>
      ) : (
        <form method="post" action="/api/unsubscribe" className="flex flex-col gap-3">
          <input type="hidden" name="token" value={token} />
          <p>
            {t.rich("unsubscribe.confirm", {
              kind,
              off: t("delivery.off"),
              strong: () => (
                <strong>
                  <bdi>{request.email}</bdi>
                </strong>
              ),
            })}
          </p>
          <div>
            <button type="submit" className={buttonClass("primary")}>
              {t("unsubscribe.submit")}
            </button>
          </div>
        </form>
      )}
      <p className="text-sm text-muted">
        {t.rich("unsubscribe.everyKind", {
          link: (words) => (
            <Link href="/account#email-heading" className="text-accent underline">
              {words}
            </Link>
          ),
        })}
      </p>
    </main>
  );
}
