import { NextResponse } from "next/server";
import { languageFromAcceptLanguage } from "@/lib/i18n/languages";
import { wordsOf } from "@/lib/i18n/translator";
import { unsubscribe } from "@/lib/notifications/unsubscribe";

/**
 * `POST /api/unsubscribe?token=…` (or the token in a form field): turns off
 * the one kind of email the signed token names, for its one account, without
 * signing in (lib/notifications/unsubscribe.ts). It is also the email's
 * List-Unsubscribe address, so a mail program's one-click unsubscribe (RFC
 * 8058) posts here. A form from the /unsubscribe page is sent back to it;
 * anything else gets a line of text. A token the desk did not sign: 404.
 * `GET` only shows the page: a link scanner that opens links must not
 * unsubscribe anyone.
 */
export const dynamic = "force-dynamic";

const text = (body: string, status: number) =>
  new NextResponse(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

async function tokenOf(request: Request): Promise<string> {
  const fromQuery = new URL(request.url).searchParams.get("token");
  if (fromQuery) return fromQuery;
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("form")) return "";
  const form = await request.formData();
  const value = form.get("token");
  return typeof value === "string" ? value : "";
}

export async function POST(request: Request) {
  const token = (await tokenOf(request)).slice(0, 500);
  const done = token ? await unsubscribe(token) : null;
  const fromPage = (request.headers.get("accept") ?? "").includes("text/html");
  if (!done) {
    // no account to ask: the browser's or mail program's language
    const language = languageFromAcceptLanguage(request.headers.get("accept-language"));
    return text(wordsOf(language, "notifications.unsubscribe")("invalidPlain"), 404);
  }
  if (fromPage) {
    const page = new URL("/unsubscribe", request.url);
    page.searchParams.set("token", token);
    page.searchParams.set("done", "1");
    return NextResponse.redirect(page, 303);
  }
  const t = wordsOf(done.language, "notifications");
  return text(t("unsubscribe.offPlain", { kind: t(`kinds.${done.kind}`) }), 200);
}

export async function GET(request: Request) {
  const page = new URL("/unsubscribe", request.url);
  page.search = new URL(request.url).search;
  return NextResponse.redirect(page, 303);
}
