import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";

export default async function Forbidden() {
  const t = await getTranslations("statusPages");
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col justify-center gap-3 px-4">
      <p className="text-sm font-semibold text-danger">{t("forbidden.code")}</p>
      <h1 className="text-2xl font-semibold">{t("forbidden.title")}</h1>
      <p className="text-muted">{t("forbidden.detail")}</p>
      <Link href="/claims" className="text-accent underline">
        {t("backToClaims")}
      </Link>
    </main>
  );
}
