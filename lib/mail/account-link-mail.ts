import "server-only";
import type { Language } from "@/lib/i18n/languages";
import { wordsOf } from "@/lib/i18n/translator";
import type { AccountTokenPurpose } from "@/lib/users/account-tokens";
import { sendMail, type MailOutcome } from "./send";

const expiry = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
} as const;

/**
 * Mails an invite or password-reset link to the account's owner, in
 * `language`: the account's own, or for an invitee who has none yet, the
 * inviting admin's. Plain text: no tracking, no HTML to sanitise.
 */
export function mailAccountLink(input: {
  to: string;
  displayName: string;
  purpose: AccountTokenPurpose;
  url: string;
  expiresAt: Date;
  language: Language;
}): Promise<MailOutcome> {
  const invite = input.purpose === "invite";
  const t = wordsOf(input.language, "notifications");
  const lines = [
    t("email.hello", { name: input.displayName }),
    "",
    invite ? t("accountLink.invite") : t("accountLink.reset"),
    "",
    input.url,
    "",
    t("accountLink.expires", { at: fullDate(input) }),
    t("accountLink.ignore"),
  ];
  return sendMail({
    to: input.to,
    subject: invite ? t("accountLink.inviteSubject") : t("accountLink.resetSubject"),
    text: lines.join("\n"),
  });
}

function fullDate(input: { expiresAt: Date; language: Language }): string {
  const locale = input.language === "ar" ? "ar-u-nu-latn" : "en-GB";
  return new Intl.DateTimeFormat(locale, { ...expiry, timeZone: "UTC" }).format(input.expiresAt);
}
