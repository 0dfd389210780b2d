import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { ClientMessages } from "@/components/i18n/client-messages";
import { directionOf, languageOfLocale } from "@/lib/i18n/languages";
import { arabicFont, arabicInterfaceFont, uiFont } from "./fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell");
  return {
    title: { default: t("deskName"), template: t("titleTemplate", { page: "%s" }) },
    description: t("description"),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next can put this response's CSP nonce
  // (proxy.ts) on its scripts. A page prerendered at build time (the 404 page, say)
  // would carry scripts without a nonce, which the policy refuses.
  await connection();
  // the language and its direction come with the first byte, so nothing flips after load
  const language = languageOfLocale(await getLocale());
  const fonts = [uiFont.variable, arabicInterfaceFont.variable, arabicFont.variable].join(" ");
  return (
    <html lang={language} dir={directionOf(language)} className={fonts}>
      <body className="min-h-screen font-sans antialiased">
        {/* what the layouts' own client components use; each page sends its own (ClientMessages) */}
        <ClientMessages namespaces={["shell"]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
