import { Table } from "@/components/ui/table";
import type { SignInAttempt } from "@/lib/users/own-account";

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

/** The account's latest sign-in attempts; a failure you did not make is worth telling an admin. */
export function SignInHistory({ attempts }: { attempts: SignInAttempt[] }) {
  if (attempts.length === 0) return <p className="text-sm text-muted">No sign-ins recorded yet.</p>;
  return (
    <Table
      caption="Recent sign-ins"
      columns={["Time (UTC)", "Address", "Result"]}
      headClassName="border-b border-line text-xs text-muted uppercase"
      headCellClassName="py-2 pe-4 last:pe-0"
      className="text-sm"
    >
      {attempts.map((attempt, index) => (
        <tr key={index} className="border-b border-line last:border-0">
          <td className="py-2 pe-4 whitespace-nowrap">{dateTime.format(attempt.attemptedAt)}</td>
          <td className="py-2 pe-4 font-mono text-xs">{attempt.ip}</td>
          <td className="py-2">
            {attempt.succeeded ? (
              <span className="text-success">Signed in</span>
            ) : (
              <span className="text-danger">Refused</span>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
