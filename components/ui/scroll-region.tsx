import type { ReactNode } from "react";

/**
 * A wide table's box: on a narrow screen it scrolls sideways inside it, and
 * it is focusable so a keyboard can scroll it too (named by the table's
 * caption, `labelledBy`).
 */
export function ScrollRegion({
  labelledBy,
  children,
}: {
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-line bg-white"
    >
      {children}
    </div>
  );
}
