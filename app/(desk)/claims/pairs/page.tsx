import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
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

/** One list of proposals: what it holds, the first PROPOSALS_SHOWN of them, or why it is empty. */
function ProposalSection({
  id,
  heading,
  about,
  none,
  count,
  children,
}: {
  id: string;
  heading: string;
  about: string;
  none: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      <p className="text-sm text-muted">{about}</p>
      {count === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-white p-4 text-muted">
          {none}
        </p>
      ) : (
        children
      )}
      {count > PROPOSALS_SHOWN && (
        <p className="text-sm text-muted">
          Showing the {PROPOSALS_SHOWN} strongest of {count.toLocaleString("en")}.
        </p>
      )}
    </section>
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

      <ProposalSection
        id="contradictions-heading"
        heading="Possible contradictions"
        about="Two claims about the same thing (the same tags and most of the same words) that give a different date or count."
        none="No possible contradictions: no two claims about the same thing give different dates or counts, or each such pair is linked or dismissed."
        count={contradictions.length}
      >
        <ContradictionProposals proposals={contradictions.slice(0, PROPOSALS_SHOWN)} />
      </ProposalSection>

      <ProposalSection
        id="duplicates-heading"
        heading="Possible duplicates"
        about={
          editorDecidesDuplicates
            ? "Claims not yet linked whose statements or quotes are much alike and which give no different value. An editor links or dismisses these."
            : "Claims not yet linked whose statements or quotes are much alike and which give no different value."
        }
        none="No possible duplicates: no two unlinked claims read alike."
        count={duplicates.length}
      >
        <DuplicateProposals proposals={duplicates.slice(0, PROPOSALS_SHOWN)} />
      </ProposalSection>
    </div>
  );
}
