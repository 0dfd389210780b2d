import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { markNotificationRead } from "@/lib/notifications/inbox";

/**
 * `GET /notifications/ID`: what each notification in the inbox links to. It
 * marks the notification read and sends the reader on to the exact place (the
 * comment, the verdict). Only the notification's own person may: anyone
 * else's id, or an id that does not exist, answers 404, and the attempt is on
 * the audit trail (markNotificationRead).
 */
export const dynamic = "force-dynamic";

const notFound = () =>
  new NextResponse("There is no such notification among yours.", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

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
    return notFound();
  }
  try {
    const { target } = await markNotificationRead(viewer, notificationId);
    return NextResponse.redirect(new URL(target, request.url), 303);
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}
