import { useTranslations } from "@/lib/i18n/use-translations";
import { isWebAddress } from "@/lib/web-address";

/**
 * A link to a page elsewhere on the web: a report's address, a source, its
 * archived copy. Each was checked when it was saved and the database refuses
 * other schemes; it is checked once more here because an `href` is where a
 * script URL would run, so anything but http(s) shows as plain text. A link
 * that opens a new tab hands the page no `window.opener` and says so to a
 * screen reader; a printed summary's links stay in place.
 */
export function ExternalLink({
  href,
  className = "",
  newTab = true,
  children,
  ...attributes
}: {
  href: string;
  className?: string;
  newTab?: boolean;
  children: React.ReactNode;
} & Record<`data-${string}`, string>) {
  const t = useTranslations("shell");
  if (!isWebAddress(href)) return <span className={className}>{children}</span>;
  return (
    <a
      href={href}
      rel="noopener noreferrer"
      {...(newTab && { target: "_blank" })}
      className={`text-accent underline ${className}`}
      {...attributes}
    >
      {children}
      {newTab && <span className="sr-only"> {t("opensInNewTab")}</span>}
    </a>
  );
}
