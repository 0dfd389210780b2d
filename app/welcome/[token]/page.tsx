import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { SetPasswordForm } from "@/components/account/set-password-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { dataText } from "@/components/ui/data-text";
import { getCurrentUser } from "@/lib/auth/current-user";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { readAccountLink } from "@/lib/users/account-tokens";
import { ClientMessages } from "@/components/i18n/client-messages";

// the token is in this page's address: keep it out of Referer headers and search engines
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("account.welcome"))("pageTitle"),
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

/**
 * Where invite and password-reset links land. Opening it changes nothing (a
 * mail scanner may follow the link first); only submitting the form uses it.
 */
export default async function AccountLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, signedIn, t, shell, format] = await Promise.all([
    readAccountLink(token),
    getCurrentUser(),
    getTranslations("account"),
    getTranslations("shell"),
    getFormatter(),
  ]);
  return (
    <ClientMessages namespaces={["account"]}>
      <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4 py-10">
        <div className="flex items-center justify-between gap-4">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">
            {shell("deskName")}
          </p>
          <LanguageSwitch />
        </div>
        {link.state === "valid" ? (
          <>
            <div>
              <h1 className="text-2xl font-semibold">
                {link.purpose === "invite"
                  ? t.rich("welcome.inviteHeading", { name: link.displayName, data: dataText })
                  : t("welcome.resetHeading")}
              </h1>
              <p className="mt-2 text-sm text-muted">
                {t.rich("welcome.intro", {
                  email: () => (
                    <span className="font-medium text-ink" dir="ltr">
                      {link.email}
                    </span>
                  ),
                  expires: format.dateTime(link.expiresAt, "moment"),
                })}
              </p>
            </div>
            <SetPasswordForm
              token={token}
              email={link.email}
              minLength={PASSWORD_MIN_LENGTH}
              submitLabel={
                link.purpose === "invite" ? t("welcome.inviteSubmit") : t("welcome.resetSubmit")
              }
            />
          </>
        ) : (
          <div role="alert" className="flex flex-col gap-2">
            <h1 className="text-2xl font-semibold">{t(`link.${link.state}.title`)}</h1>
            <p className="text-muted">{t(`link.${link.state}.detail`)}</p>
            {/* the person who just used the link, back here with the browser's Back button */}
            {signedIn ? (
              <p>
                {t.rich("welcome.signedInAs", { name: signedIn.displayName, data: dataText })}{" "}
                <Link href="/" className="text-accent underline">
                  {t("welcome.toDesk")}
                </Link>
              </p>
            ) : (
              <Link href="/login" className="text-accent underline">
                {t("welcome.toSignIn")}
              </Link>
            )}
          </div>
        )}
      </main>
    </ClientMessages>
  );
}
