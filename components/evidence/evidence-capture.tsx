import Link from "next/link";
import type { ClaimEvidence } from "@/lib/evidence/list";
import { captureLine, flagExplanations, flagLabels } from "@/lib/evidence/snapshot-words";
import { CheckEvidenceForm } from "./check-evidence-form";

/**
 * What the desk's captures of a live source's page say, under the source:
 * "captured 4 Dec 2026 · quote found", the flag when the page is gone or
 * the quote left it, a link to the captured text, and "Check now".
 */
export function EvidenceCapture({ item }: { item: ClaimEvidence }) {
  const phrases = captureLine(item.snapshot);
  if (item.snapshot && item.checkQueued) phrases.push("a new check is under way");
  return (
    <div className="flex flex-col gap-2">
      {item.flag && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="font-medium">
            <span aria-hidden="true">⚠ </span>
            {flagLabels[item.flag]}.
          </span>{" "}
          {flagExplanations[item.flag]}
        </p>
      )}
      <p className="text-sm text-muted">
        <span className="sr-only">The desk&apos;s copy of the page: </span>
        {phrases.join(" · ")}
        {item.snapshot && (
          <>
            {" · "}
            {/* named without the source's title, which the card's own link to the page carries */}
            <Link href={`/evidence/${item.id}`} className="text-accent underline">
              {item.snapshot.failure === null ? "Read the captured text" : "See the checks"}
            </Link>
          </>
        )}
      </p>
      {item.canCheck && (
        <CheckEvidenceForm evidenceId={item.id} title={item.title} queued={item.checkQueued} />
      )}
    </div>
  );
}
