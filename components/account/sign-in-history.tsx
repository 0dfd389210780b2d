import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { Table } from "@/components/ui/table";
import type { SignInAttempt } from "@/lib/users/own-account";

/** The account's latest sign-in attempts; a failure you did not make is worth telling an admin. */
export function SignInHistory({ attempts }: { attempts: SignInAttempt[] }) {
  const t = useTranslations("account.signIns");
  const format = useFormatter();
  if (attempts.length === 0) return <p className="text-sm text-muted">{t("none")}</p>;
  return (
    <Table
      caption={t("caption")}
      columns={[t("time"), t("address"), t("result")]}
      headClassName="border-b border-line text-xs text-muted uppercase"
      headCellClassName="py-2 pe-4 last:pe-0"
      className="text-sm"
    >
      {attempts.map((attempt, index) => (
        <tr key={index} className="border-b border-line last:border-0">
          <td className="py-2 pe-4 whitespace-nowrap">
            {format.dateTime(attempt.attemptedAt, "second")}
          </td>
          <td className="py-2 pe-4 font-mono text-xs">
            <bdi dir="ltr">{attempt.ip}</bdi>
          </td>
          <td className="py-2">
            {attempt.succeeded ? (
              <span className="text-success">{t("signedIn")}</span>
            ) : (
              <span className="text-danger">{t("refused")}</span>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
