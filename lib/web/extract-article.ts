/**
 * A web page reduced to its article: Mozilla's Readability (the library
 * behind Firefox's Reader View) over a linkedom DOM finds the article's body
 * among the menus, sidebars and footers, and html-to-text writes it out as
 * plain paragraphs (html-text.ts). A page that Readability does not take for
 * an article (a short note, a fragment, a list) is kept whole, as its
 * visible text. Metadata is read before Readability, which rewrites the DOM.
 * Pure: the fetched pages and uploaded .html files go through the same code.
 *
 * Readability runs on the request's thread, and its time grows with the
 * number of elements (on linkedom, about a second per 10,000 on this
 * machine class under load). News pages hold 1,500 to 8,000; a page with
 * more than MAX_ARTICLE_ELEMENTS is not searched for an article but kept
 * whole, its metadata read from its <head> alone, so no page can hold the
 * server for long.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { isMostlyArabic } from "@/lib/text/arabic";
import { MAX_HTML_NESTING, measureHtml } from "./html-nesting";
import { collapsedText, invisibleElements, visibleText } from "./html-text";
import { readPageMetadata, withoutBy, type PageMetadata } from "./page-metadata";

// The title stays for Readability, which trims the site's name off it.
const removedBeforeReading = invisibleElements.filter((selector) => selector !== "title").join(",");

export type ExtractedArticle = PageMetadata & {
  ok: true;
  text: string;
  /** the page's own `<title>`, for when nothing better names the article */
  documentTitle: string | null;
  /** "article": Readability's; "whole page": every visible word; "plain text": a text file */
  extractedFrom: "article" | "whole page" | "plain text";
};

export type Extraction = ExtractedArticle | { ok: false; failure: "nested-too-deeply" };

export const MAX_ARTICLE_ELEMENTS = 15_000;

export function extractArticle(html: string): Extraction {
  const shape = measureHtml(html);
  if (shape.depth > MAX_HTML_NESTING) return { ok: false, failure: "nested-too-deeply" };
  try {
    return shape.elements > MAX_ARTICLE_ELEMENTS ? keepWhole(html) : extract(html);
  } catch (error) {
    // a backstop: the depth check should keep every recursive walk shallow enough
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, failure: "nested-too-deeply" };
  }
}

function extract(html: string): ExtractedArticle {
  const document = parseDocument(html);
  const metadata = readPageMetadata(document);
  const documentTitle = collapsedText(document.querySelector("title")?.textContent);

  for (const element of Array.from(document.querySelectorAll(removedBeforeReading))) {
    element.remove();
  }
  const article = new Readability(document, { maxElemsToParse: MAX_ARTICLE_ELEMENTS }).parse();
  const articleText = article?.content ? visibleText(article.content).trim() : "";

  const text = articleText || visibleText(html);
  return {
    ok: true,
    ...metadata,
    title: withoutSiteName(
      metadata.title ?? collapsedText(article?.title) ?? documentTitle,
      metadata.outlet,
    ),
    author: metadata.author ?? withoutBy(collapsedText(article?.byline)),
    text,
    documentTitle,
    extractedFrom: articleText ? "article" : "whole page",
  };
}

/** A page too large to search for its article: its visible text, and what its head says. */
function keepWhole(html: string): ExtractedArticle {
  const bodyAt = html.search(/<body[\s>]/i);
  // a fragment without <body> has no head to read
  const head = parseDocument(bodyAt === -1 ? "" : html.slice(0, bodyAt));
  const documentTitle = collapsedText(head.querySelector("title")?.textContent);
  const metadata = readPageMetadata(head);
  return {
    ok: true,
    ...metadata,
    title: withoutSiteName(metadata.title ?? documentTitle, metadata.outlet),
    text: visibleText(html),
    documentTitle,
    extractedFrom: "whole page",
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Port reopens - The Daily Fixture" → "Port reopens", when the site is called The Daily Fixture. */
export function withoutSiteName(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  const site = escapeRegExp(outlet);
  const separator = "\\s*[-|–—:·•»«]\\s*";
  const trimmed = title
    .replace(new RegExp(`${separator}${site}$`, "iu"), "")
    .replace(new RegExp(`^${site}${separator}`, "iu"), "");
  return trimmed === "" ? title : trimmed;
}

function parseDocument(html: string): Document {
  // linkedom makes the first element of a fragment its root; give it a document
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
  return (parseHTML(source) as unknown as { document: Document }).document;
}

/** The language a report is filed under: what the page declares, else told from its script. */
export function reportLanguage(declared: string | null, text: string): string {
  return declared ?? (isMostlyArabic(text) ? "ar" : "en");
}
