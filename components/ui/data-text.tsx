import type { ReactNode } from "react";

/**
 * A value from the data inside an interface sentence (a name, a title, the
 * desk's configured name): a rich-text tag's rendering that keeps it in its
 * own direction, so an English name does not reorder an Arabic sentence.
 */
export function dataText(chunks: ReactNode) {
  return <bdi>{chunks}</bdi>;
}
