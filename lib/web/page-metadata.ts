/**
 * What a news page says about itself: title, site name, author, publication
 * date and language, from the places publishers put them: JSON-LD
 * (`NewsArticle` and the other Article types, as schema.org and search
 * engines ask), Open Graph and `article:` tags, the common `<meta name>`s,
 * `<time>`, and `<html lang>`. Each value is what the page states, or null:
 * the person importing fills in what the page does not tell. Pure.
 */
import { toWesternDigits } from "@/lib/text/arabic";
import { collapsedText } from "./html-text";
import { jsonLdArticle, jsonLdAuthors, jsonLdText } from "./json-ld";

export type PageMetadata = {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD, as the page wrote the date (not moved into UTC) */
  publishedOn: string | null;
  /** the primary language subtag, lower case ("ar" for ar-EG) */
  language: string | null;
};

export function readPageMetadata(document: Document): PageMetadata {
  const article = jsonLdArticle(document);
  const meta = (...keys: string[]) => metaContent(document, keys);
  const author =
    jsonLdAuthors(article?.author) ??
    meta("author", "byl", "parsely-author", "sailthru.author", "dc.creator") ??
    notALink(meta("article:author"));
  return {
    title: meta("og:title") ?? jsonLdText(article?.headline) ?? meta("twitter:title"),
    outlet:
      meta("og:site_name") ??
      jsonLdText((article?.publisher as { name?: unknown } | undefined)?.name) ??
      meta("application-name"),
    author: withoutBy(author),
    publishedOn:
      calendarDate(jsonLdText(article?.datePublished)) ??
      calendarDate(
        meta("article:published_time", "og:published_time", "datepublished", "pubdate", "date"),
      ) ??
      calendarDate(timeOfPublication(document)),
    language:
      languageTag(document.documentElement?.getAttribute("lang")) ??
      languageTag(httpEquiv(document, "content-language")) ??
      languageTag(jsonLdText(article?.inLanguage)) ??
      languageTag(meta("og:locale")),
  };
}

/** "By Jane Doe", "بقلم فلان" → the name alone. */
export function withoutBy(byline: string | null): string | null {
  return collapsedText(byline?.replace(/^\s*(?:by\b|بقلم)[:\s]*/iu, ""));
}

/** The first non-empty `content` of a `<meta>` named (name, property or itemprop) by one of `keys`, in order. */
function metaContent(document: Document, keys: string[]): string | null {
  for (const key of keys) {
    for (const attribute of ["property", "name", "itemprop"]) {
      const element = document.querySelector(`meta[${attribute}="${key}" i]`);
      const content = collapsedText(element?.getAttribute("content"));
      if (content) return content;
    }
  }
  return null;
}

function httpEquiv(document: Document, name: string): string | null {
  return collapsedText(
    document.querySelector(`meta[http-equiv="${name}" i]`)?.getAttribute("content"),
  );
}

/** article:author is often the author's page, not a name. */
function notALink(value: string | null): string | null {
  return value && /^https?:\/\//i.test(value) ? null : value;
}

/**
 * The `<time>` that most likely dates the article: one marked as the
 * publication date, else the first inside the article, else the first on
 * the page.
 */
function timeOfPublication(document: Document): string | null {
  const marked = document.querySelector('[itemprop="datePublished" i], time[pubdate]');
  const candidates = [
    marked?.getAttribute("datetime") ?? marked?.getAttribute("content"),
    document.querySelector("article time[datetime]")?.getAttribute("datetime"),
    document.querySelector("time[datetime]")?.getAttribute("datetime"),
  ];
  return candidates.find((value) => collapsedText(value)) ?? null;
}

const EARLIEST_YEAR = 1900;

/**
 * The calendar date a timestamp was written with: "2025-07-04T23:30:00+03:00"
 * is the 4th, as the outlet dated it, even though it was the 4th at 20:30
 * in UTC. Other spellings go through Date.parse. Null when it is no date.
 */
export function calendarDate(value: string | null | undefined): string | null {
  const text = collapsedText(value && toWesternDigits(value));
  if (!text) return null;
  const written = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (written) {
    const [, year, month, day] = written.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    const valid = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return valid && year >= EARLIEST_YEAR ? written.slice(1, 4).join("-") : null;
  }
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  const iso = new Date(parsed).toISOString().slice(0, 10);
  return Number(iso.slice(0, 4)) >= EARLIEST_YEAR ? iso : null;
}

/** "ar-EG", "ar_AR", "AR" → "ar"; null for anything that is not a language tag. */
export function languageTag(value: string | null | undefined): string | null {
  const primary = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(value ?? "")?.[1];
  return primary ? primary.toLowerCase() : null;
}
