import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { EmailChoicesForm } from "@/components/account/email-choices-form";
import { DisplayNameForm } from "@/components/account/display-name-form";
import { EndOwnSessionsForm } from "@/components/account/end-own-sessions-form";
import { LanguageForm } from "@/components/account/language-form";
import { SignInHistory } from "@/components/account/sign-in-history";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/current-user";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { SESSION_IDLE_HOURS, SESSION_MAX_DAYS } from "@/lib/auth/sessions";
import { mailConfigured } from "@/lib/mail/send";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { languageOfLocale } from "@/lib/i18n/languages";
import { getEmailChoices } from "@/lib/notifications/preferences";
import { listOwnSignIns, OWN_SIGN_INS_SHOWN } from "@/lib/users/own-account";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.page"))("title") };
}

/** each of the account's settings a card, its heading's id a link target (/account#email-heading) */
const card = "flex flex-col gap-3 rounded-lg border border-line bg-white p-4";

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ password?: string }>;
}) {
  const user = await requireUser();
  const { password } = await searchParams;
  const [signIns, emailChoices, t, page, shell, locale] = await Promise.all([
    listOwnSignIns(user),
    getEmailChoices(user),
    getTranslations("language"),
    getTranslations("account.page"),
    getTranslations("shell"),
    getLocale(),
  ]);
  const email = () => <bdi>{user.email}</bdi>;
  return (
    <ClientMessages
      namespaces={["account", "language", "notifications.delivery", "notifications.kinds"]}
    >
      <div className="flex max-w-2xl flex-col gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{page("title")}</h1>
          <p className="text-sm text-muted">
            {page.rich("who", { email, role: shell(`roles.${user.role}`) })}
          </p>
        </div>
        {password === "changed" && (
          <p
            role="status"
            className="rounded-md border border-success/30 bg-success/5 px-3 py-2 text-sm text-success"
          >
            {page("passwordChanged")}
          </p>
        )}
        <Section heading={t("sectionTitle")} id="language-heading" className={card}>
          <p className="text-sm text-muted">{t("sectionHint")}</p>
          <LanguageForm language={languageOfLocale(locale)} digits={user.digitStyle} />
        </Section>
        <Section heading={page("name")} id="section-name" className={card}>
          <DisplayNameForm current={user.displayName} />
        </Section>
        <Section heading={page("password")} id="section-password" className={card}>
          <ChangePasswordForm email={user.email} minLength={PASSWORD_MIN_LENGTH} />
        </Section>
        <Section heading={page("emailNotifications")} id="email-heading" className={card}>
          <p className="text-sm text-muted">
            {mailConfigured() ? page.rich("emailsGoTo", { email }) : page("noMailServer")}
          </p>
          <EmailChoicesForm current={emailChoices} />
        </Section>
        <Section
          heading={page("signOutEverywhere")}
          id="section-sign-out-everywhere"
          className={card}
        >
          <p className="text-sm text-muted">
            {page("signOutExplain", { idle: SESSION_IDLE_HOURS, max: SESSION_MAX_DAYS })}
          </p>
          <EndOwnSessionsForm />
        </Section>
        <Section heading={page("recentSignIns")} id="section-recent-sign-ins" className={card}>
          <p className="text-sm text-muted">
            {page("recentExplain", { count: OWN_SIGN_INS_SHOWN })}
          </p>
          <SignInHistory attempts={signIns} />
        </Section>
      </div>
    </ClientMessages>
  );
}
