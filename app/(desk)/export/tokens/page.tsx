import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { CreateTokenForm, RevokeTokenButton } from "@/components/export/token-forms";
import { Section } from "@/components/ui/section";
import { RowHeader, Table, TableFrame } from "@/components/ui/table";
import { listApiTokens } from "@/lib/api-tokens/tokens";
import { requireUser } from "@/lib/auth/current-user";
import { forbidIfNotRole } from "@/lib/auth/page-guard";
import { exportPublicUrl } from "@/lib/export/run";
import { requestOrigin } from "@/lib/export/request-origin";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

const code = (words: React.ReactNode) => <code dir="ltr">{words}</code>;

/** An editor's personal API tokens for export scripts: create, see when used, revoke. */
export default async function ApiTokensPage() {
  const user = await requireUser();
  await forbidIfNotRole(user, "editor", "page:/export/tokens");
  const [tokens, origin] = await Promise.all([listApiTokens(user), requestOrigin()]);
  const example = `curl -H "Authorization: Bearer $DESK_TOKEN" \\
  "${exportPublicUrl(origin)}/api/export?format=csv&status=verified" -o verified-claims.csv`;
  const t = await getTranslations("tokens");
  const format = await getFormatter();
  const at = (date: Date) => format.dateTime(date, "moment");

  return (
    <ClientMessages namespaces={["tokens.form"]}>
      <div className="flex max-w-4xl flex-col gap-5">
        <div>
          <p className="text-sm">
            <Link href="/export" className="text-accent underline">
              {t("back")}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted">{t.rich("intro", { code })}</p>
        </div>

        <Section heading={t("create")}>
          <CreateTokenForm />
        </Section>

        <Section
          heading={t("yours")}
          empty={tokens.length === 0 && t("none")}
          emptyClassName="text-sm text-muted"
        >
          <TableFrame>
            <Table
              caption={t("caption")}
              columns={[t("name"), t("created"), t("lastUsed"), t("state")]}
              headCellClassName="px-4 py-2"
              className="text-sm"
            >
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-line last:border-0">
                  <RowHeader className="px-4 py-3 font-medium">
                    <bdi>{token.name}</bdi>
                  </RowHeader>
                  <td className="px-4 py-3">{at(token.createdAt)}</td>
                  <td className="px-4 py-3">
                    {token.lastUsedAt ? at(token.lastUsedAt) : t("never")}
                  </td>
                  <td className="px-4 py-3">
                    {token.revokedAt ? (
                      <span className="text-muted">
                        {t("revokedAt", { at: at(token.revokedAt) })}
                      </span>
                    ) : (
                      <RevokeTokenButton tokenId={token.id} name={token.name} />
                    )}
                  </td>
                </tr>
              ))}
            </Table>
          </TableFrame>
        </Section>

        <Section heading={t("using")} className="flex flex-col gap-2">
          <p className="text-sm text-muted">{t.rich("usingExplain", { code })}</p>
          {/* focusable, so a keyboard can scroll the command on a narrow screen */}
          <pre
            tabIndex={0}
            aria-label={t("example")}
            dir="ltr"
            className="overflow-x-auto rounded-md border border-line bg-white p-3 text-xs"
          >
            <code>{example}</code>
          </pre>
        </Section>
      </div>
    </ClientMessages>
  );
}
