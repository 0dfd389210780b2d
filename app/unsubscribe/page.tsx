import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { deliveryLabels, kindLabels } from "@/lib/notifications/kinds";
import { describeUnsubscribe } from "@/lib/notifications/unsubscribe";

export const metadata: Metadata = { title: "Unsubscribe" };

/**
 * Where an email's "stop these emails" link leads: says which account and
 * which kind, and turns it off with one button, without signing in. Opening
 * the page changes nothing (mail scanners open links).
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string; done?: string }>;
}) {
  const { token = "", done } = await searchParams;
  const request = token ? await describeUnsubscribe(token.slice(0, 500)) : null;
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col gap-4 px-4 py-12">
      <h1 className="text-2xl font-semibold">Email notifications</h1>
      {!request ? (
        <p role="alert" className="rounded-md border border-danger/30 bg-danger/5 px-3 py-2">
          This unsubscribe link is not valid. Open the link from the email again, or choose what is
          emailed on your Account page after signing in.
        </p>
      ) : done === "1" ? (
        <p role="status" className="rounded-md border border-success/30 bg-success/5 px-3 py-2">
          Done: {request.email} gets no more emails for “{kindLabels[request.kind]}”. The
          notifications still wait in the desk&apos;s inbox; other kinds are unchanged.
        </p>
      ) : (
        <form method="post" action="/api/unsubscribe" className="flex flex-col gap-3">
          <input type="hidden" name="token" value={token} />
          <p>
            Stop emails to <strong>{request.email}</strong> for “{kindLabels[request.kind]}”? The
            setting becomes “{deliveryLabels.off}”; the notifications still wait in the inbox.
          </p>
          <div>
            <button type="submit" className={buttonClass("primary")}>
              Stop these emails
            </button>
          </div>
        </form>
      )}
      <p className="text-sm text-muted">
        Every kind can be chosen on your{" "}
        <Link href="/account#email-heading" className="text-accent underline">
          Account page
        </Link>{" "}
        (sign in first).
      </p>
    </main>
  );
}
