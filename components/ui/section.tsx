import { useId, type ReactNode } from "react";

/**
 * A part of a page named by its heading: a region that a screen reader
 * lists, and a test finds, by the heading's words. When there is nothing to
 * show, `empty` says so in place of the children. Works on the server and in
 * the browser (useId is in both).
 */
export function Section({
  heading,
  id,
  level = 2,
  beside,
  empty,
  emptyClassName = "text-muted",
  className = "flex flex-col gap-3",
  headingClassName = "text-lg font-semibold",
  children,
}: {
  heading: ReactNode;
  /** the heading's id, where a link points at it (/account#email-heading); otherwise React's */
  id?: string;
  level?: 2 | 3;
  /** on the heading's line, at its end: a link to more of the same */
  beside?: ReactNode;
  /** the empty state's words, said instead of the children; false or absent when there is something */
  empty?: ReactNode;
  emptyClassName?: string;
  className?: string;
  headingClassName?: string;
  children?: ReactNode;
}) {
  const generatedId = useId();
  const headingId = id ?? generatedId;
  const Heading = level === 2 ? "h2" : "h3";
  const title = (
    <Heading id={headingId} className={headingClassName}>
      {heading}
    </Heading>
  );
  return (
    <section aria-labelledby={headingId} className={className}>
      {beside ? (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          {title}
          {beside}
        </div>
      ) : (
        title
      )}
      {empty ? <p className={emptyClassName}>{empty}</p> : children}
    </section>
  );
}
