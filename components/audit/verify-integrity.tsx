"use client";

import { useActionState } from "react";
import { verifyIntegrityAction, type IntegrityReport } from "@/app/(desk)/admin/audit/actions";
import { Button } from "@/components/ui/button";

export function VerifyIntegrity() {
  const [report, verify, pending] = useActionState<IntegrityReport>(verifyIntegrityAction, {
    status: "idle",
  });
  return (
    <form
      action={verify}
      className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4"
    >
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Verifying the chain…" : "Verify integrity"}
        </Button>
        <p className="text-sm text-muted">
          Recomputes every event&apos;s hash and checks each links to the one before.
        </p>
      </div>
      <div role="status" aria-live="polite">
        {report.status === "intact" && (
          <p className="text-sm text-success">
            Intact through event {report.intactThroughId} ({report.checked} events). Head hash:{" "}
            <code className="break-all">{`${report.intactThroughId}:${report.headHash}`}</code>
          </p>
        )}
        {report.status === "broken" && (
          <p className="text-sm text-danger">
            Broken at event {report.eventId}: {report.reason}. Intact through event{" "}
            {report.intactThroughId}.
          </p>
        )}
      </div>
    </form>
  );
}
