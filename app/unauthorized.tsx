import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";

export default async function Unauthorized() {
  const t = await getTranslations("statusPages.unauthorized");
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col justify-center gap-3 px-4">
      <p className="text-sm font-semibold text-danger">{t("code")}</p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted">{t("detail")}</p>
      <Link href="/login" className="text-accent underline">
        {t("signIn")}
      </Link>
    </main>
  );
}
