import type { Metadata } from "next";
import Link from "next/link";
import { ContradictionProposals } from "@/components/pairs/contradiction-proposals";
import { DuplicateProposals } from "@/components/pairs/duplicate-proposals";
import { requireUser } from "@/lib/auth/current-user";
import {
  listContradictionProposals,
  listDuplicateProposals,
  PROPOSALS_SHOWN,
} from "@/lib/pairs/proposals";
import { mayDismissProposal } from "@/lib/pairs/permissions";

export const metadata: Metadata = { title: "Possible duplicates and contradictions" };

function MoreNote({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return (
    <p className="text-sm text-muted">
      Showing the {shown} strongest of {total.toLocaleString("en")}.
    </p>
  );
}

/**
 * What the desk noticed across its claims: pairs that share their subject
 * but give different dates or counts, and pairs that look like the same
 * claim twice. Neither list is a verdict: a person confirms or dismisses each
 * pair, and a dismissed pair is not proposed again.
 */
export default async function ClaimPairsPage() {
  const user = await requireUser();
  const [contradictions, duplicates] = await Promise.all([
    listContradictionProposals(user),
    listDuplicateProposals(user),
  ]);
  const editorDecidesDuplicates = !mayDismissProposal(user, "duplicate");

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm">
          <Link href="/claims" className="text-accent underline">
            Back to the claims
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Possible duplicates and contradictions</h1>
        <p className="text-muted">
          Found by comparing claims&apos; words, tags, dates and numbers across every report.
          Confirm what is right; dismiss what is not, and the pair is not proposed again.
        </p>
        <nav aria-label="On this page" className="flex flex-wrap gap-4 text-sm">
          <a href="#contradictions-heading" className="text-accent underline">
            Possible contradictions ({contradictions.length})
          </a>
          <a href="#duplicates-heading" className="text-accent underline">
            Possible duplicates ({duplicates.length})
          </a>
        </nav>
      </header>

      <section aria-labelledby="contradictions-heading" className="flex flex-col gap-3">
        <h2 id="contradictions-heading" className="text-xl font-semibold">
          Possible contradictions
        </h2>
        <p className="text-sm text-muted">
          Two claims about the same thing (the same tags and most of the same words) that give a
          different date or count.
        </p>
        {contradictions.length === 0 ? (
          <p className="rounded-md border border-dashed border-line bg-white p-4 text-muted">
            No possible contradictions: no two claims about the same thing give different dates or
            counts, or each such pair is linked or dismissed.
          </p>
        ) : (
          <>
            <ContradictionProposals proposals={contradictions.slice(0, PROPOSALS_SHOWN)} />
            <MoreNote shown={PROPOSALS_SHOWN} total={contradictions.length} />
          </>
        )}
      </section>

      <section aria-labelledby="duplicates-heading" className="flex flex-col gap-3">
        <h2 id="duplicates-heading" className="text-xl font-semibold">
          Possible duplicates
        </h2>
        <p className="text-sm text-muted">
          Claims not yet linked whose statements or quotes are much alike and which give no
          different value.
          {editorDecidesDuplicates && " An editor links or dismisses these."}
        </p>
        {duplicates.length === 0 ? (
          <p className="rounded-md border border-dashed border-line bg-white p-4 text-muted">
            No possible duplicates: no two unlinked claims read alike.
          </p>
        ) : (
          <>
            <DuplicateProposals proposals={duplicates.slice(0, PROPOSALS_SHOWN)} />
            <MoreNote shown={PROPOSALS_SHOWN} total={duplicates.length} />
          </>
        )}
      </section>
    </div>
  );
}
