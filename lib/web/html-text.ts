/**
 * The visible text of HTML, with html-to-text: scripts, styles, embedded
 * objects and hidden elements dropped, link and image URLs never written
 * out, and no markup left, so the text is inert wherever it is shown. Each
 * block on its own line, paragraphs apart, tables one row per line. Pure.
 */
import { convert, type FormatCallback, type HtmlToTextOptions } from "html-to-text";

/**
 * Elements whose content is not visible text of the page: code, styling,
 * embedded content, media fallbacks, form controls, metadata (the title is
 * read as metadata, not text), and what the browser hides.
 */
export const invisibleElements = [
  ...["script", "style", "noscript", "template", "iframe", "object", "embed", "applet"],
  ...["svg", "math", "canvas", "img", "picture", "audio", "video", "map"],
  ...["button", "select", "textarea", "input", "datalist"],
  ...["meta", "link", "base", "title"],
  ...["[hidden]", '[style*="display:none" i]', '[style*="display: none" i]'],
  ...['[style*="visibility:hidden" i]', '[style*="visibility: hidden" i]'],
];

const headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

/**
 * One table row per line, cells separated by " | ". The whitespace between
 * cells in the source is skipped so that the separator is always the same.
 */
const tableRow: FormatCallback = (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 1 });
  const cells = elem.children.filter((child) => child.name === "td" || child.name === "th");
  cells.forEach((cell, index) => {
    if (index > 0) builder.addLiteral(" | ");
    walk(cell.children, builder);
  });
  builder.closeBlock({ trailingLineBreaks: 1 });
};

const options: HtmlToTextOptions = {
  wordwrap: false,
  // The whole document, not only <body>: pasted fragments have none.
  baseElements: { selectors: [], returnDomByDefault: true },
  formatters: { tableRow },
  selectors: [
    ...invisibleElements.map((selector) => ({ selector, format: "skip" })),
    { selector: "a", options: { ignoreHref: true } },
    ...headings.map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: "ul", options: { itemPrefix: "- " } },
    { selector: "hr", format: "skip" },
    { selector: "table", format: "block" },
    { selector: "caption", format: "block" },
    { selector: "tr", format: "tableRow" },
  ],
};

/**
 * The visible text. Measure the nesting first (html-nesting.ts): a
 * RangeError here means the recursive walk overflowed the stack.
 */
export function visibleText(html: string): string {
  return convert(html, options);
}

/** Whitespace collapsed and trimmed; null when nothing is left. */
export function collapsedText(text: string | null | undefined): string | null {
  const collapsed = (text ?? "").replace(/\s+/gu, " ").trim();
  return collapsed === "" ? null : collapsed;
}
