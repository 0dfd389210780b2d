"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { NavLabel } from "./nav-links";

export function DeskNav({ links }: { links: Array<{ href: string; label: NavLabel }> }) {
  const pathname = usePathname();
  const t = useTranslations("shell");
  return (
    <nav aria-label={t("mainNavigation")} className="-mx-1 flex flex-wrap gap-1">
      {links.map((link) => {
        const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${
              current ? "bg-accent text-white" : "text-ink hover:bg-paper"
            }`}
          >
            {t(`nav.${link.label}`)}
          </Link>
        );
      })}
    </nav>
  );
}
