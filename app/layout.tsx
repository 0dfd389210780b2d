import type { Metadata } from "next";
import { arabicFont, uiFont } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Verification Desk", template: "%s · Verification Desk" },
  description: "Claims, sourcing grades, evidence and verdicts for a fact-checking desk.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" dir="ltr" className={`${uiFont.variable} ${arabicFont.variable}`}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
