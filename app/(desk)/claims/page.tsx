import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/claims/status-badge";
import { requireUser } from "@/lib/auth/current-user";
import { BOARD_PAGE_SIZE, listClaimCards } from "@/lib/claims/board";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimBoardPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const user = await requireUser();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { cards, total } = await listClaimCards(user, page);
  const pages = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Claims</h1>
        <p className="text-sm text-muted">
          {total} claim{total === 1 ? "" : "s"} · page {page} of {pages}
        </p>
      </div>
      {cards.length === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-white p-6 text-muted">
          No claims yet. Import a report and turn its statements into claim cards.
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {cards.map((card) => (
            <li
              key={card.id}
              className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4"
            >
              <div className="flex items-start justify-between gap-3">
                <h2 className="font-medium">
                  <Link href={`/claims/${card.id}`} className="hover:underline">
                    {card.statement}
                  </Link>
                </h2>
                <StatusBadge status={card.status} />
              </div>
              <blockquote
                lang={card.quoteLanguage}
                dir="auto"
                className="line-clamp-3 border-s-2 border-line ps-3 text-sm text-muted"
              >
                {card.quote}
              </blockquote>
              <p className="text-xs text-muted">
                {card.reportTitle}
                {card.eventDate ? ` · event ${card.eventDate}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="flex gap-3">
          {page > 1 && (
            <Link className="text-accent underline" href={`/claims?page=${page - 1}`}>
              Previous page
            </Link>
          )}
          {page < pages && (
            <Link className="text-accent underline" href={`/claims?page=${page + 1}`}>
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
