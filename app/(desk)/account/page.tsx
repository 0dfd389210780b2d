import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { EmailChoicesForm } from "@/components/account/email-choices-form";
import { DisplayNameForm } from "@/components/account/display-name-form";
import { EndOwnSessionsForm } from "@/components/account/end-own-sessions-form";
import { LanguageForm } from "@/components/account/language-form";
import { SignInHistory } from "@/components/account/sign-in-history";
import { requireUser } from "@/lib/auth/current-user";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { roleLabels } from "@/lib/auth/roles";
import { SESSION_IDLE_HOURS, SESSION_MAX_DAYS } from "@/lib/auth/sessions";
import { mailConfigured } from "@/lib/mail/send";
import { getLocale, getTranslations } from "next-intl/server";
import { languageOfLocale } from "@/lib/i18n/languages";
import { getEmailChoices } from "@/lib/notifications/preferences";
import { listOwnSignIns } from "@/lib/users/own-account";

export const metadata: Metadata = { title: "Your account" };

function Section({
  title,
  id: givenId,
  children,
}: {
  title: string;
  id?: string;
  children: React.ReactNode;
}) {
  const id = givenId ?? `section-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4"
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ password?: string }>;
}) {
  const user = await requireUser();
  const { password } = await searchParams;
  const [signIns, emailChoices, t, locale] = await Promise.all([
    listOwnSignIns(user),
    getEmailChoices(user),
    getTranslations("language"),
    getLocale(),
  ]);
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">Your account</h1>
        <p className="text-sm text-muted">
          {user.email} · {roleLabels[user.role]}. An admin changes email addresses and roles.
        </p>
      </div>
      {password === "changed" && (
        <p
          role="status"
          className="rounded-md border border-success/30 bg-success/5 px-3 py-2 text-sm text-success"
        >
          Password changed. Your other sessions have ended; this one continues.
        </p>
      )}
      <Section title={t("sectionTitle")} id="language-heading">
        <p className="text-sm text-muted">{t("sectionHint")}</p>
        <LanguageForm language={languageOfLocale(locale)} digits={user.digitStyle} />
      </Section>
      <Section title="Name">
        <DisplayNameForm current={user.displayName} />
      </Section>
      <Section title="Password">
        <ChangePasswordForm email={user.email} minLength={PASSWORD_MIN_LENGTH} />
      </Section>
      <Section title="Email notifications" id="email-heading">
        <p className="text-sm text-muted">
          {mailConfigured()
            ? `Emails go to ${user.email}. Each kind of notification comes at once, in one email a day, or not at all; every notification also waits in the inbox.`
            : "This desk has no mail server set up, so nothing is emailed for now; your choices are kept for when it has. Every notification waits in the inbox."}
        </p>
        <EmailChoicesForm current={emailChoices} />
      </Section>
      <Section title="Sign out everywhere">
        <p className="text-sm text-muted">
          Lost a laptop or signed in on a shared computer? This ends every session of your account,
          this one included, on every device. A session also ends by itself after{" "}
          {SESSION_IDLE_HOURS} hours without use, and {SESSION_MAX_DAYS} days after signing in.
        </p>
        <EndOwnSessionsForm />
      </Section>
      <Section title="Recent sign-ins">
        <p className="text-sm text-muted">
          The latest 20 attempts to sign in to your account, failed ones included. If one was not
          you, change your password and tell an admin.
        </p>
        <SignInHistory attempts={signIns} />
      </Section>
    </div>
  );
}
