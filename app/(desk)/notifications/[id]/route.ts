import { NextResponse } from "next/server";
import type { User } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { languageFromAcceptLanguage } from "@/lib/i18n/languages";
import { wordsOf } from "@/lib/i18n/translator";
import { markNotificationRead } from "@/lib/notifications/inbox";

/**
 * `GET /notifications/ID`: what each notification in the inbox links to. It
 * marks the notification read and sends the reader on to the exact place (the
 * comment, the verdict). Only the notification's own person may: anyone
 * else's id, or an id that does not exist, answers 404, and the attempt is on
 * the audit trail (markNotificationRead).
 */
export const dynamic = "force-dynamic";

/** A line of text in the viewer's language: their account's, else their browser's. */
const notFound = (viewer: User, request: Request) => {
  const language =
    viewer.interfaceLanguage ?? languageFromAcceptLanguage(request.headers.get("accept-language"));
  return new NextResponse(wordsOf(language, "notifications.inbox")("notFoundPlain"), {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
};

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getCurrentUser();
  if (!viewer) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", new URL(request.url).pathname);
    return NextResponse.redirect(login, 303);
  }
  const { id } = await params;
  const notificationId = Number(id);
  if (!/^\d+$/.test(id) || !Number.isSafeInteger(notificationId) || notificationId < 1) {
    return notFound(viewer, request);
  }
  try {
    const { target } = await markNotificationRead(viewer, notificationId);
    return NextResponse.redirect(new URL(target, request.url), 303);
  } catch (error) {
    if (error instanceof NotFoundError) return notFound(viewer, request);
    throw error;
  }
}
