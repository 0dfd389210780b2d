import type { HTMLAttributes, ReactNode, ThHTMLAttributes } from "react";

/** A column's header: its words, and classes of its own (a width, say). */
type LabelledColumn = { label: ReactNode; className?: string; align?: "start" | "end" };
export type TableColumn = ReactNode | LabelledColumn;

// A header cell needs its alignment said: left to inherit, a <th> is centred
// (the HTML rendering rules), and text-start/-end follow the page's direction.
const alignClass = { start: "text-start", end: "text-end" };

/** The header row's usual look: a pale band under small capitals. */
export const tableHeadBand = "border-b border-line bg-paper text-xs text-muted uppercase";

const labelled = (column: TableColumn): LabelledColumn =>
  typeof column === "object" && column !== null && "label" in column ? column : { label: column };

/**
 * A table of data with what a screen reader needs to read it: a caption
 * naming it (visible, or for screen readers only) and column headers scoped
 * to their columns. The rows are the children; a row's own header is a
 * RowHeader. Each table keeps its look through the class props.
 */
export function Table({
  caption,
  captionVisible = false,
  captionClassName = "",
  captionId,
  columns,
  headClassName = tableHeadBand,
  headCellClassName = "",
  bodyClassName,
  className = "",
  children,
}: {
  caption: ReactNode;
  captionVisible?: boolean;
  /** the visible caption's look */
  captionClassName?: string;
  captionId?: string;
  columns?: TableColumn[];
  headClassName?: string;
  /** classes every column header shares */
  headCellClassName?: string;
  bodyClassName?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <table className={`w-full text-start ${className}`}>
      <caption
        id={captionId}
        className={captionVisible ? `text-start ${captionClassName}` : "sr-only"}
      >
        {caption}
      </caption>
      {columns && (
        <thead className={headClassName}>
          <tr>
            {columns.map(labelled).map(({ label, className = "", align = "start" }, index) => (
              <th
                key={index}
                scope="col"
                className={`${alignClass[align]} ${headCellClassName} ${className}`}
              >
                {label}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody className={bodyClassName}>{children}</tbody>
    </table>
  );
}

/** The cell that names its row (a token's name, a reviewer), read out before each cell of it. */
export function RowHeader({ className = "", ...cell }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" className={`text-start ${className}`} {...cell} />;
}

/**
 * The white, bordered box a wide table scrolls in. A box that scrolls with
 * nothing focusable inside needs `tabIndex={0}`, a role and a label, so a
 * keyboard can scroll it; `className` replaces how it overflows.
 */
export function TableFrame({
  className = "overflow-x-auto",
  ...frame
}: HTMLAttributes<HTMLDivElement>) {
  return <div className={`rounded-lg border border-line bg-white ${className}`} {...frame} />;
}
