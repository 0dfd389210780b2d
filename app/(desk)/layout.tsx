import { getTranslations } from "next-intl/server";
import { LiveConnection } from "@/components/live/live-connection";
import { DeskHeader } from "@/components/shell/desk-header";
import { requireUser } from "@/lib/auth/current-user";
import { unreadCount } from "@/lib/notifications/inbox";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [unread, t] = await Promise.all([unreadCount(user), getTranslations("shell")]);
  return (
    <LiveConnection>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("skipToContent")}
      </a>
      <DeskHeader user={user} unread={unread} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </LiveConnection>
  );
}
