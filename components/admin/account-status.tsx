import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { UserSummary } from "@/lib/users/directory";

/** Where an account stands: active, invited (until when), an invite gone stale, or deactivated. */
export function AccountStatus({ account, now }: { account: UserSummary; now: Date }) {
  const t = useTranslations("admin.status");
  const format = useFormatter();
  if (!account.active) return <span className="text-danger">{t("deactivated")}</span>;
  const link = account.latestLink;
  const until = (at: Date) => format.dateTime(at, "moment");
  if (!account.passwordSet) {
    return link && link.expiresAt > now ? (
      <span>
        {t("invited")}
        <span className="block text-xs text-muted">
          {t("linkExpires", { at: until(link.expiresAt) })}
        </span>
      </span>
    ) : (
      <span className="text-danger">
        {t("inviteExpired")}
        <span className="block text-xs text-muted">{t("makeNewLink")}</span>
      </span>
    );
  }
  return (
    <span className="text-success">
      {t("active")}
      {link?.purpose === "password_reset" && link.expiresAt > now && (
        <span className="block text-xs text-muted">
          {t("resetOpen", { at: until(link.expiresAt) })}
        </span>
      )}
    </span>
  );
}
