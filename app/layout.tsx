import type { Metadata } from "next";
import { connection } from "next/server";
import { arabicFont, uiFont } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Verification Desk", template: "%s · Verification Desk" },
  description: "Claims, sourcing grades, evidence and verdicts for a fact-checking desk.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next can put this response's CSP nonce
  // (proxy.ts) on its scripts. A page prerendered at build time (the 404 page, say)
  // would carry scripts without a nonce, which the policy refuses.
  await connection();
  return (
    <html lang="en" dir="ltr" className={`${uiFont.variable} ${arabicFont.variable}`}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
