import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/get-translations";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; ended?: string }>;
}) {
  const { next, ended } = await searchParams;
  if (await getCurrentUser()) redirect("/claims");
  const [t, shell] = await Promise.all([getTranslations("auth"), getTranslations("shell")]);
  return (
    <ClientMessages namespaces={["auth"]}>
      <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4 py-10">
        <div className="flex items-start justify-between gap-4">
          <div>
            <p className="text-sm font-semibold tracking-wide text-accent uppercase">
              {shell("deskName")}
            </p>
            <h1 className="mt-1 text-2xl font-semibold">{t("signInTitle")}</h1>
          </div>
          <LanguageSwitch />
        </div>
        <p className="-mt-4 text-sm text-muted">{t("signInIntro")}</p>
        {ended && (
          <p role="status" className="rounded-md border border-line bg-white px-3 py-2 text-sm">
            {t("sessionEnded")}
          </p>
        )}
        <LoginForm next={next} />
      </main>
    </ClientMessages>
  );
}
