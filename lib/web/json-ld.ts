/**
 * The article a page describes in JSON-LD, the way publishers mark up news
 * for search engines: a `NewsArticle` (or another Article type) alone, in an
 * array, in an `@graph`, or as a page's `mainEntity`. Malformed blocks are
 * skipped, as browsers and crawlers skip them. Pure.
 */
import { collapsedText } from "./html-text";

type JsonObject = Record<string, unknown>;

/** Larger blocks are not metadata (some sites inline whole data stores this way). */
const MAX_BLOCK_CHARACTERS = 512 * 1024;
const MAX_DEPTH = 5;

const articleType = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting)$/;

export function jsonLdArticle(document: Document): JsonObject | null {
  const blocks = document.querySelectorAll('script[type="application/ld+json" i]');
  for (const block of Array.from(blocks)) {
    const source = block.textContent ?? "";
    if (source.length > MAX_BLOCK_CHARACTERS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    const article = findArticle(parsed, 0);
    if (article) return article;
  }
  return null;
}

function findArticle(node: unknown, depth: number): JsonObject | null {
  if (depth > MAX_DEPTH || node === null || typeof node !== "object") return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const object = node as JsonObject;
  const types = [object["@type"]].flat().filter((type) => typeof type === "string");
  if (types.some((type) => articleType.test(type.replace(/^schema:/, "")))) return object;
  return findArticle(object["@graph"], depth + 1) ?? findArticle(object.mainEntity, depth + 1);
}

/** A JSON-LD text value: a string, or the first of several. */
export function jsonLdText(value: unknown): string | null {
  if (typeof value === "string") return collapsedText(value);
  if (Array.isArray(value)) return jsonLdText(value[0]);
  if (value && typeof value === "object") {
    const object = value as JsonObject;
    return jsonLdText(object["@value"] ?? object.name ?? object.alternateName);
  }
  return null;
}

/** The names of an article's authors (a name, a Person, or a list of either), joined. */
export function jsonLdAuthors(value: unknown): string | null {
  const names = [value]
    .flat()
    .map((author) => jsonLdText(author))
    .filter((name): name is string => name !== null && !/^https?:\/\//i.test(name));
  return names.length > 0 ? [...new Set(names)].join(", ") : null;
}
