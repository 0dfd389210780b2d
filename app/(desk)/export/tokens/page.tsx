import type { Metadata } from "next";
import Link from "next/link";
import { CreateTokenForm, RevokeTokenButton } from "@/components/export/token-forms";
import { RowHeader, Table, TableFrame } from "@/components/ui/table";
import { listApiTokens } from "@/lib/api-tokens/tokens";
import { requireUser } from "@/lib/auth/current-user";
import { forbidIfNotRole } from "@/lib/auth/page-guard";
import { exportPublicUrl } from "@/lib/export/run";
import { requestOrigin } from "@/lib/export/request-origin";

export const metadata: Metadata = { title: "API tokens" };

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** An editor's personal API tokens for export scripts: create, see when used, revoke. */
export default async function ApiTokensPage() {
  const user = await requireUser();
  await forbidIfNotRole(user, "editor", "page:/export/tokens");
  const [tokens, origin] = await Promise.all([listApiTokens(user), requestOrigin()]);
  const example = `curl -H "Authorization: Bearer $DESK_TOKEN" \\
  "${exportPublicUrl(origin)}/api/export?format=csv&status=verified" -o verified-claims.csv`;

  return (
    <div className="flex max-w-4xl flex-col gap-5">
      <div>
        <p className="text-sm">
          <Link href="/export" className="text-accent underline">
            Export
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">API tokens</h1>
        <p className="text-sm text-muted">
          A personal token lets your scripts download exports from <code>/api/export</code> as you,
          without signing in. It can do nothing else. It stops working when you revoke it, and when
          your account loses the editor role or is deactivated.
        </p>
      </div>

      <section aria-labelledby="new-token-heading" className="flex flex-col gap-3">
        <h2 id="new-token-heading" className="text-lg font-semibold">
          Create a token
        </h2>
        <CreateTokenForm />
      </section>

      <section aria-labelledby="tokens-heading" className="flex flex-col gap-3">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          Your tokens
        </h2>
        {tokens.length === 0 ? (
          <p className="text-sm text-muted">You have no tokens yet.</p>
        ) : (
          <TableFrame>
            <Table
              caption="Your API tokens"
              columns={["Name", "Created (UTC)", "Last used (UTC)", "State"]}
              headCellClassName="px-4 py-2"
              className="text-sm"
            >
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-line last:border-0">
                  <RowHeader className="px-4 py-3 font-medium">{token.name}</RowHeader>
                  <td className="px-4 py-3">{dateTime.format(token.createdAt)}</td>
                  <td className="px-4 py-3">
                    {token.lastUsedAt ? dateTime.format(token.lastUsedAt) : "Never"}
                  </td>
                  <td className="px-4 py-3">
                    {token.revokedAt ? (
                      <span className="text-muted">Revoked {dateTime.format(token.revokedAt)}</span>
                    ) : (
                      <RevokeTokenButton tokenId={token.id} name={token.name} />
                    )}
                  </td>
                </tr>
              ))}
            </Table>
          </TableFrame>
        )}
      </section>

      <section aria-labelledby="token-use-heading" className="flex flex-col gap-2">
        <h2 id="token-use-heading" className="text-lg font-semibold">
          Using a token
        </h2>
        <p className="text-sm text-muted">
          Send it as a Bearer token. The parameters are those of the export page&apos;s address:{" "}
          <code>format</code> (csv, json, md or claimreview), <code>report</code>,{" "}
          <code>entity</code>, <code>from</code> and <code>to</code> (YYYY-MM-DD), and{" "}
          <code>status</code> (verdicts and statuses separated by commas, or <code>all</code>).
        </p>
        {/* focusable, so a keyboard can scroll the command on a narrow screen */}
        <pre
          tabIndex={0}
          aria-label="Example request"
          className="overflow-x-auto rounded-md border border-line bg-white p-3 text-xs"
        >
          <code>{example}</code>
        </pre>
      </section>
    </div>
  );
}
