import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { signOutAction } from "@/app/(desk)/sign-out-action";
import { buttonClass } from "@/components/ui/button";
import { hasRole, type Role } from "@/lib/auth/roles";
import { DemoRibbon } from "./demo-ribbon";
import { DeskNav } from "./desk-nav";
import { LanguageSwitch } from "./language-switch";
import { NotificationBell } from "./notification-bell";
import { navLinks } from "./nav-links";

export async function DeskHeader({
  user,
  unread,
  demo,
}: {
  user: { displayName: string; email: string; role: Role };
  /** the person's unread notifications when the page was rendered */
  unread: number;
  /** the demo accounts are on this desk: say its work is the demo seed's */
  demo: boolean;
}) {
  const t = await getTranslations("shell");
  const links = navLinks.filter((link) => hasRole(user.role, link.role));
  return (
    <header className="border-b border-line bg-white">
      {demo && <DemoRibbon />}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/claims" className="font-semibold tracking-tight">
          {t("deskName")}
        </Link>
        <DeskNav links={links.map(({ href, label }) => ({ href, label }))} />
        <div className="ms-auto flex items-center gap-3 text-sm">
          <NotificationBell unread={unread} />
          <LanguageSwitch />
          <span>
            <bdi className="font-medium">{user.displayName}</bdi>{" "}
            <span className="rounded bg-paper px-1.5 py-0.5 text-xs text-muted">
              {t(`roles.${user.role}`)}
            </span>
          </span>
          <Link
            href="/account"
            className="whitespace-nowrap text-accent underline-offset-2 hover:underline"
          >
            {t("account")}
          </Link>
          <form action={signOutAction}>
            <button type="submit" className={`${buttonClass("secondary", "sm")} whitespace-nowrap`}>
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
