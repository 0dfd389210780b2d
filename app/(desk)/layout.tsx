import { getTranslations } from "@/lib/i18n/get-translations";
import { LiveConnection } from "@/components/live/live-connection";
import { DeskHeader } from "@/components/shell/desk-header";
import { requireUser } from "@/lib/auth/current-user";
import { isDemoDesk } from "@/lib/demo/demo-desk";
import { bellCount } from "@/lib/notifications/bell";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // side by side: the demo ribbon's probe adds no wait to the bell's count
  const [unread, demo, t] = await Promise.all([
    bellCount(user),
    isDemoDesk(user),
    getTranslations("shell"),
  ]);
  return (
    <LiveConnection>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("skipToContent")}
      </a>
      <DeskHeader user={user} unread={unread} demo={demo} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </LiveConnection>
  );
}
