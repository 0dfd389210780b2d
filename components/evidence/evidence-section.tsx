import type { User } from "@/db/schema";
import { listClaimEvidence, type ClaimEvidence } from "@/lib/evidence/list";
import { formatEventDate } from "@/lib/text/event-date";
import { isWebAddress } from "@/lib/web-address";
import { AddEvidenceForm } from "./add-evidence-form";
import { RetractEvidenceForm } from "./retract-evidence-form";
import { StanceBadge } from "./stance";

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/**
 * The claim's sources: each with its stance, a link that opens in a new tab
 * without handing the page a `window.opener`, the archived copy, the quote and
 * who added it. Retracted sources stay, struck through, with the reason.
 */
export async function EvidenceSection({ claimId, actor }: { claimId: number; actor: User }) {
  const items = await listClaimEvidence(actor, claimId);
  const live = items.filter((item) => item.retractedAt === null);
  const retracted = items.length - live.length;
  return (
    <section aria-labelledby="evidence-section-heading" className="flex flex-col gap-3">
      <div>
        <h2 id="evidence-section-heading" className="text-lg font-semibold">
          Evidence
        </h2>
        <p className="text-sm text-muted">
          {live.length === 0
            ? "No sources linked yet."
            : `${live.length} ${live.length === 1 ? "source" : "sources"}`}
          {retracted > 0 ? ` · ${retracted} retracted` : ""}
        </p>
      </div>
      {items.length > 0 && (
        <ul className="flex flex-col gap-2">
          {items.map((item) => (
            <EvidenceItem key={item.id} item={item} />
          ))}
        </ul>
      )}
      <AddEvidenceForm claimId={claimId} />
    </section>
  );
}

function EvidenceItem({ item }: { item: ClaimEvidence }) {
  const body = <EvidenceBody item={item} />;
  return (
    <li
      className={`flex flex-col gap-2 rounded-lg border border-line p-3 ${
        item.retractedAt ? "bg-paper text-muted" : "bg-white"
      }`}
    >
      {item.retractedAt ? (
        <>
          <del className="flex flex-col gap-1 decoration-muted">{body}</del>
          <p className="text-sm">
            <span className="font-medium text-ink">Retracted</span> by{" "}
            {item.retractedByName ?? "a former account"} on {dateTime.format(item.retractedAt)}:{" "}
            <q dir="auto">{item.retractionReason}</q>
          </p>
        </>
      ) : (
        <div className="flex flex-col gap-1">{body}</div>
      )}
      {item.canRetract && (
        <RetractEvidenceForm evidenceId={item.id} version={item.version} title={item.title} />
      )}
    </li>
  );
}

function EvidenceBody({ item }: { item: ClaimEvidence }) {
  const details = [
    item.outlet,
    item.publishedOn ? `published ${formatEventDate(item.publishedOn, "day")}` : null,
  ].filter(Boolean);
  return (
    <>
      <span className="flex flex-wrap items-start gap-2">
        <StanceBadge stance={item.stance} />
        <ExternalLink href={item.url} className="font-medium">
          <bdi>{item.title}</bdi>
        </ExternalLink>
      </span>
      {(details.length > 0 || item.archiveUrl) && (
        <span className="text-sm text-muted">
          {details.length > 0 && <bdi>{details.join(" · ")}</bdi>}
          {details.length > 0 && item.archiveUrl ? " · " : ""}
          {item.archiveUrl && <ExternalLink href={item.archiveUrl}>Archived copy</ExternalLink>}
        </span>
      )}
      {item.quote && (
        <blockquote dir="auto" className="border-s-4 border-line ps-3 font-reading">
          {item.quote}
        </blockquote>
      )}
      <span className="text-xs text-muted">
        Added by {item.addedByName} on {dateTime.format(item.createdAt)}
      </span>
    </>
  );
}

/**
 * A source opens in a new tab with no opener or referrer. The address was
 * checked when it was saved and the database refuses other schemes; it is
 * checked once more here because an `href` is where a script URL would run.
 */
function ExternalLink({
  href,
  className = "",
  children,
}: {
  href: string;
  className?: string;
  children: React.ReactNode;
}) {
  if (!isWebAddress(href)) return <span className={className}>{children}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={`text-accent underline ${className}`}
    >
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
