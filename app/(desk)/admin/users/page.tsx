import type { Metadata } from "next";
import Link from "next/link";
import { AccountFilters } from "@/components/admin/account-filters";
import { AccountRowActions } from "@/components/admin/account-row-actions";
import { InviteForm } from "@/components/admin/invite-form";
import { Table, TableFrame, tableHeadBand } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/current-user";
import { forbidIfNotRole } from "@/lib/auth/page-guard";
import { roleLabels } from "@/lib/auth/roles";
import { DIRECTORY_LIMIT, listUsers, type UserSummary } from "@/lib/users/directory";
import { isFiltered, parseDirectoryFilter } from "@/lib/users/directory-filter";

export const metadata: Metadata = { title: "Accounts" };

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

function AccountStatus({ account, now }: { account: UserSummary; now: Date }) {
  if (!account.active) return <span className="text-danger">Deactivated</span>;
  const link = account.latestLink;
  if (!account.passwordSet) {
    return link && link.expiresAt > now ? (
      <span>
        Invited
        <span className="block text-xs text-muted">
          link expires {dateTime.format(link.expiresAt)}
        </span>
      </span>
    ) : (
      <span className="text-danger">
        Invite expired
        <span className="block text-xs text-muted">make a new link</span>
      </span>
    );
  }
  return (
    <span className="text-success">
      Active
      {link?.purpose === "password_reset" && link.expiresAt > now && (
        <span className="block text-xs text-muted">
          reset link open until {dateTime.format(link.expiresAt)}
        </span>
      )}
    </span>
  );
}

export default async function AccountsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  await forbidIfNotRole(user, "admin", "page:/admin/users");
  const filter = parseDirectoryFilter(await searchParams);
  const { accounts, total } = await listUsers(user, filter);
  const now = new Date();
  const waiting = accounts.filter(
    (a) => a.active && !a.passwordSet && a.latestLink && a.latestLink.expiresAt > now,
  ).length;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">Accounts</h1>
        <p className="text-sm text-muted">
          {isFiltered(filter) ? `${total} matching accounts` : `${total} accounts`}
          {waiting > 0 && (
            <>
              {", "}
              <Link href="/admin/users?status=invited" className="text-accent underline">
                {waiting} invite{waiting === 1 ? "" : "s"} waiting
              </Link>
            </>
          )}
          . Deactivating an account, ending its sessions or changing its role takes effect on that
          person&apos;s next click.
        </p>
      </div>
      <InviteForm />
      <AccountFilters filter={filter} />
      {total > accounts.length && (
        <p role="status" className="text-sm text-muted">
          Showing the first {DIRECTORY_LIMIT}; narrow the filters to see the rest.
        </p>
      )}
      {/* on a phone each row stacks its cells, so only a wider screen scrolls the table */}
      <TableFrame className="md:overflow-x-auto">
        <Table
          caption="Accounts"
          columns={["Person", "Role", "Status", "Last sign-in (UTC)", "Change"]}
          headClassName={`hidden md:table-header-group ${tableHeadBand}`}
          headCellClassName="px-4 py-2"
          className="text-sm"
        >
          {accounts.length === 0 && (
            <tr>
              <td colSpan={5} className="p-6 text-muted">
                No account matches these filters.
              </td>
            </tr>
          )}
          {accounts.map((account) => (
            <tr
              key={account.id}
              className="grid gap-1 border-b border-line p-4 align-top last:border-0 md:table-row md:p-0"
            >
              <td className="md:px-4 md:py-3">
                <div className="font-medium">{account.displayName}</div>
                <div className="text-muted">{account.email}</div>
              </td>
              <td className="md:px-4 md:py-3">{roleLabels[account.role]}</td>
              <td className="md:px-4 md:py-3">
                <AccountStatus account={account} now={now} />
              </td>
              <td className="text-muted md:px-4 md:py-3 md:whitespace-nowrap md:text-ink">
                <span className="md:hidden">Last sign-in: </span>
                {account.lastLoginAt ? dateTime.format(account.lastLoginAt) : "Never"}
              </td>
              <td className="md:px-4 md:py-3">
                <AccountRowActions account={account} isSelf={account.id === user.id} />
              </td>
            </tr>
          ))}
        </Table>
      </TableFrame>
    </div>
  );
}
