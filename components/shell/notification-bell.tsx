"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useState } from "react";
import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useLiveEvents, type LiveEvent } from "@/components/live/live-connection";

/**
 * The header's bell: a link to the inbox with the unread count, kept current
 * by the page's live stream (the count comes from the server each time it
 * changes, for this person only). The count starts from the page's render.
 */
export function NotificationBell({ unread: rendered }: { unread: number }) {
  const [unread, setUnread] = useState(rendered);
  const [seen, setSeen] = useState(rendered);
  // a new render of the header (a refresh) brings a newer count
  if (rendered !== seen) {
    setSeen(rendered);
    setUnread(rendered);
  }
  useLiveEvents(
    useCallback((event: LiveEvent) => {
      if (event.type === "notifications") setUnread(event.unread);
    }, []),
  );
  const current = usePathname() === "/notifications";
  const t = useTranslations("shell");
  const format = useFormatter();
  const label = t("bell", { unread });
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      aria-current={current ? "page" : undefined}
      className="relative inline-flex items-center rounded-md p-1.5 text-ink hover:bg-paper"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span
          aria-hidden="true"
          // "99+" reads left to right in either language, never "+99"
          dir="ltr"
          className="absolute -end-1 -top-1 min-w-5 rounded-full bg-danger px-1 text-center text-xs font-semibold text-white"
        >
          {unread > 99 ? "99+" : format.number(unread)}
        </span>
      )}
    </Link>
  );
}
