import type { ReadingParagraph } from "@/lib/reports/reading";

/** What the reader's current selection means for making a claim. */
export type ReaderSelection =
  { kind: "passage"; quote: string; start: number; end: number } | { kind: "spans-paragraphs" };

/**
 * Maps the browser's selection inside the reader to offsets in the stored
 * report text. Each rendered paragraph knows where it starts; within it the
 * offset is the length of the text before the selection point, not counting
 * the highlight tooltips (marked `data-reader-skip`), which are not report
 * text. Null when nothing usable is selected.
 */
export function readSelection(
  root: HTMLElement,
  paragraphs: ReadingParagraph[],
): ReaderSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;

  const startParagraph = paragraphOf(range.startContainer);
  const endParagraph = paragraphOf(range.endContainer);
  if (!startParagraph || !endParagraph) return null;
  if (startParagraph !== endParagraph) return { kind: "spans-paragraphs" };

  const paragraph = paragraphs[Number(startParagraph.dataset.paragraph)];
  if (!paragraph) return null;
  let start = paragraph.start + textBefore(startParagraph, range.startContainer, range.startOffset);
  let end = paragraph.start + textBefore(startParagraph, range.endContainer, range.endOffset);
  const text = paragraphText(paragraph);
  const at = (offset: number) => text[offset - paragraph.start] ?? "";
  // a double-click or a drag usually takes a space along; the quote should not
  while (start < end && /\s/.test(at(start))) start += 1;
  while (end > start && /\s/.test(at(end - 1))) end -= 1;
  if (start === end) return null;
  return {
    kind: "passage",
    quote: text.slice(start - paragraph.start, end - paragraph.start),
    start,
    end,
  };
}

function paragraphOf(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>("[data-paragraph]") ?? null;
}

function paragraphText(paragraph: ReadingParagraph): string {
  return paragraph.runs.map((run) => run.text).join("");
}

/** Characters of report text in `paragraph` before the point (container, offset). */
function textBefore(paragraph: HTMLElement, container: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(container, offset);
  let count = 0;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest("[data-reader-skip]")) continue;
    if (node === container) return count + offset;
    const length = node.textContent?.length ?? 0;
    // a text node that ends at or before the point counts whole; the first one after it stops us
    if (point.comparePoint(node, length) > 0) break;
    count += length;
  }
  return count;
}
