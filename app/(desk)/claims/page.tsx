import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/get-translations";
import { BulkAssignForm } from "@/components/assignments/bulk-assign-form";
import { BoardFilters } from "@/components/claims/board-filters";
import { ClaimCard } from "@/components/claims/claim-card";
import { LiveRefresh } from "@/components/live/live-refresh";
import { BULK_ASSIGN_FORM_ID } from "@/lib/assignments/form-names";
import { todayUtc } from "@/lib/assignments/due";
import { mayAssignClaim } from "@/lib/assignments/permissions";
import { listAssignablePeople } from "@/lib/assignments/queue";
import { PageLinks } from "@/components/ui/page-links";
import { requireUser } from "@/lib/auth/current-user";
import { listBoardFilterOptions, listClaimCards } from "@/lib/claims/board";
import {
  BOARD_PAGE_SIZE,
  boardHref,
  boardQueryString,
  isFiltered,
  parseBoardFilter,
  type SearchParams,
} from "@/lib/claims/board-query";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("board"))("title") };
}

export default async function ClaimBoardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const filter = parseBoardFilter(await searchParams);
  const [board, options, people, t] = await Promise.all([
    listClaimCards(user, filter),
    listBoardFilterOptions(user),
    listAssignablePeople(user),
    getTranslations("board"),
  ]);
  // who may assign sees a checkbox on each card and the bulk form (a claim with a verdict is passed over)
  const mayAssign = mayAssignClaim(user, { lockedByVerdict: false });
  const today = todayUtc();
  const { cards, total, pageCount } = board;
  const filtered = isFiltered(filter);
  const first = (filter.page - 1) * BOARD_PAGE_SIZE + 1;

  const counted = filtered ? t("matching", { total }) : t("count", { total });
  const summary =
    cards.length > 0 && pageCount > 1
      ? t("countOnPage", {
          counted,
          first,
          last: first + cards.length - 1,
          page: filter.page,
          pageCount,
        })
      : counted;
  const link = (href: string) =>
    function BoardLink(chunks: ReactNode) {
      return (
        <Link className="text-accent underline" href={href}>
          {chunks}
        </Link>
      );
    };

  return (
    <ClientMessages
      namespaces={[
        "assignment.form",
        "board.assign",
        "board.card",
        "board.filters",
        "claim.flags",
        "claim.live",
        "review.grades",
        "vocab",
      ]}
    >
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <div className="flex flex-wrap items-baseline gap-4">
            <Link href="/claims/pairs" className="text-sm font-medium text-accent underline">
              {t("pairsLink")}
            </Link>
            <LiveRefresh />
          </div>
        </div>

        <BoardFilters
          filter={filter}
          reports={options.reports}
          entities={options.entities}
          sources={options.sources}
          reviewers={options.reviewers}
          assignees={people}
        />

        {mayAssign && (
          <BulkAssignForm
            people={people}
            filterQuery={boardQueryString({ ...filter, page: 1 })}
            matching={total}
          />
        )}

        {/* announced after every change of filters, search or page */}
        <p role="status" aria-live="polite" aria-atomic="true" className="text-sm text-muted">
          {summary}
        </p>

        {cards.length > 0 ? (
          <ul aria-label={t("cards")} className="grid gap-3 md:grid-cols-2">
            {cards.map((card) => (
              <li key={card.id}>
                <ClaimCard
                  card={card}
                  today={today}
                  selectFor={mayAssign ? BULK_ASSIGN_FORM_ID : undefined}
                />
              </li>
            ))}
          </ul>
        ) : (
          <div className="rounded-md border border-dashed border-line bg-white p-6 text-muted">
            {total > 0 ? (
              <p>
                {t.rich("noSuchPage", {
                  page: filter.page,
                  link: link(boardHref({ ...filter, page: pageCount })),
                })}
              </p>
            ) : filter.from && filter.to && filter.from > filter.to ? (
              <p>
                {t.rich("datesReversed", {
                  from: filter.from,
                  to: filter.to,
                  date: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
                  link: link(boardHref({ ...filter, from: filter.to, to: filter.from, page: 1 })),
                })}
              </p>
            ) : filtered ? (
              <p>{t.rich("noMatch", { link: link("/claims") })}</p>
            ) : (
              <p>{t.rich("noClaims", { link: link("/reports/new") })}</p>
            )}
          </div>
        )}

        {pageCount > 1 && cards.length > 0 && (
          <PageLinks
            page={filter.page}
            pageCount={pageCount}
            hrefOf={(page) => boardHref({ ...filter, page })}
          />
        )}
      </div>
    </ClientMessages>
  );
}
