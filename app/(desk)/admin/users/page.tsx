import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { AccountFilters } from "@/components/admin/account-filters";
import { AccountRowActions } from "@/components/admin/account-row-actions";
import { AccountStatus } from "@/components/admin/account-status";
import { InviteForm } from "@/components/admin/invite-form";
import { Table, TableFrame, tableHeadBand } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/current-user";
import { forbidIfNotRole } from "@/lib/auth/page-guard";
import { DIRECTORY_LIMIT, listUsers } from "@/lib/users/directory";
import { isFiltered, parseDirectoryFilter } from "@/lib/users/directory-filter";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AccountsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  await forbidIfNotRole(user, "admin", "page:/admin/users");
  const filter = parseDirectoryFilter(await searchParams);
  const [{ accounts, total }, t, shell, format] = await Promise.all([
    listUsers(user, filter),
    getTranslations("admin"),
    getTranslations("shell"),
    getFormatter(),
  ]);
  const now = new Date();
  const waiting = accounts.filter(
    (a) => a.active && !a.passwordSet && a.latestLink && a.latestLink.expiresAt > now,
  ).length;
  const summary = {
    accounts: isFiltered(filter) ? t("matching", { total }) : t("count", { total }),
    takesEffect: t("takesEffect"),
  };
  return (
    <ClientMessages namespaces={["admin.invite", "admin.link", "admin.row", "shell"]}>
      <div className="flex flex-col gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted">
            {waiting > 0
              ? t.rich("summaryWaiting", {
                  ...summary,
                  waiting: t("invitesWaiting", { count: waiting }),
                  link: (chunks) => (
                    <Link href="/admin/users?status=invited" className="text-accent underline">
                      {chunks}
                    </Link>
                  ),
                })
              : t("summaryPlain", summary)}
          </p>
        </div>
        <InviteForm />
        <AccountFilters filter={filter} />
        {total > accounts.length && (
          <p role="status" className="text-sm text-muted">
            {t("showingFirst", { limit: DIRECTORY_LIMIT })}
          </p>
        )}
        {/* on a phone each row stacks its cells, so only a wider screen scrolls the table */}
        <TableFrame className="md:overflow-x-auto">
          <Table
            caption={t("title")}
            columns={[
              t("columns.person"),
              t("columns.role"),
              t("columns.status"),
              t("columns.lastSignIn"),
              t("columns.change"),
            ]}
            headClassName={`hidden md:table-header-group ${tableHeadBand}`}
            headCellClassName="px-4 py-2"
            className="text-sm"
          >
            {accounts.length === 0 && (
              <tr>
                <td colSpan={5} className="p-6 text-muted">
                  {t("noMatch")}
                </td>
              </tr>
            )}
            {accounts.map((account) => (
              <tr
                key={account.id}
                className="grid gap-1 border-b border-line p-4 align-top last:border-0 md:table-row md:p-0"
              >
                <td className="md:px-4 md:py-3">
                  <div className="font-medium" dir="auto">
                    {account.displayName}
                  </div>
                  <div className="text-muted" dir="ltr">
                    {account.email}
                  </div>
                </td>
                <td className="md:px-4 md:py-3">{shell(`roles.${account.role}`)}</td>
                <td className="md:px-4 md:py-3">
                  <AccountStatus account={account} now={now} />
                </td>
                <td className="text-muted md:px-4 md:py-3 md:whitespace-nowrap md:text-ink">
                  <span className="md:hidden">{t("lastSignInLabel")}</span>
                  {account.lastLoginAt
                    ? format.dateTime(account.lastLoginAt, "moment")
                    : t("never")}
                </td>
                <td className="md:px-4 md:py-3">
                  <AccountRowActions account={account} isSelf={account.id === user.id} />
                </td>
              </tr>
            ))}
          </Table>
        </TableFrame>
      </div>
    </ClientMessages>
  );
}
