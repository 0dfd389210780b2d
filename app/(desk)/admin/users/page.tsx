import type { Metadata } from "next";
import { AccountRowActions } from "@/components/admin/account-row-actions";
import { requireUser } from "@/lib/auth/current-user";
import { roleLabels } from "@/lib/auth/roles";
import { listUsers } from "@/lib/users/directory";
import { forbidIfNotRole } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Accounts" };

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export default async function AccountsPage() {
  const user = await requireUser();
  await forbidIfNotRole(user, "admin", "page:/admin/users");
  const accounts = await listUsers(user);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">Accounts</h1>
        <p className="text-sm text-muted">
          {accounts.length} accounts. Deactivating an account or changing its role takes effect on
          that person&apos;s next click.
        </p>
      </div>
      <div className="rounded-lg border border-line bg-white md:overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="hidden border-b border-line bg-paper text-xs text-muted uppercase md:table-header-group">
            <tr>
              <th scope="col" className="px-4 py-2">
                Person
              </th>
              <th scope="col" className="px-4 py-2">
                Role
              </th>
              <th scope="col" className="px-4 py-2">
                Status
              </th>
              <th scope="col" className="px-4 py-2">
                Last sign-in (UTC)
              </th>
              <th scope="col" className="px-4 py-2">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
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
                  {account.active ? (
                    <span className="text-success">Active</span>
                  ) : (
                    <span className="text-danger">Deactivated</span>
                  )}
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
          </tbody>
        </table>
      </div>
    </div>
  );
}
