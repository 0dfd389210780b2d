import Link from "next/link";

/** "Previous page · Page 2 of 5 · Next page" under a paged list; the links keep its filters. */
export function PageLinks({
  page,
  pageCount,
  hrefOf,
}: {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
}) {
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center gap-4 text-sm">
      {page > 1 && (
        <Link rel="prev" className="text-accent underline" href={hrefOf(page - 1)}>
          Previous page
        </Link>
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <Link rel="next" className="text-accent underline" href={hrefOf(page + 1)}>
          Next page
        </Link>
      )}
    </nav>
  );
}
