import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/account/set-password-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { readAccountLink } from "@/lib/users/account-tokens";
import { linkRefusalMessages } from "@/lib/users/link-refusal-messages";

// the token is in this page's address: keep it out of Referer headers and search engines
export const metadata: Metadata = {
  title: "Choose your password",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

const expiry = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/**
 * Where invite and password-reset links land. Opening it changes nothing (a
 * mail scanner may follow the link first); only submitting the form uses it.
 */
export default async function AccountLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, signedIn] = await Promise.all([readAccountLink(token), getCurrentUser()]);
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4 py-10">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Verification Desk</p>
      {link.state === "valid" ? (
        <>
          <div>
            <h1 className="text-2xl font-semibold">
              {link.purpose === "invite" ? `Welcome, ${link.displayName}` : "Choose a new password"}
            </h1>
            <p className="mt-2 text-sm text-muted">
              Choose a password for <span className="font-medium text-ink">{link.email}</span>. This
              link works once, until {expiry.format(link.expiresAt)} UTC.
            </p>
          </div>
          <SetPasswordForm
            token={token}
            email={link.email}
            minLength={PASSWORD_MIN_LENGTH}
            submitLabel={
              link.purpose === "invite" ? "Set password and sign in" : "Save and sign in"
            }
          />
        </>
      ) : (
        <div role="alert" className="flex flex-col gap-2">
          <h1 className="text-2xl font-semibold">{linkRefusalMessages[link.state].title}</h1>
          <p className="text-muted">{linkRefusalMessages[link.state].detail}</p>
          {/* the person who just used the link, back here with the browser's Back button */}
          {signedIn ? (
            <p>
              You are signed in as {signedIn.displayName}.{" "}
              <Link href="/" className="text-accent underline">
                Go to the desk
              </Link>
            </p>
          ) : (
            <Link href="/login" className="text-accent underline">
              Go to sign in
            </Link>
          )}
        </div>
      )}
    </main>
  );
}
