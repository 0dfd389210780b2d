import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractArticle, MAX_ARTICLE_ELEMENTS, withoutSiteName } from "./extract-article";
import { calendarDate, languageTag, readPageMetadata, withoutBy } from "./page-metadata";

const metadataOf = (html: string) =>
  readPageMetadata((parseHTML(html) as unknown as { document: Document }).document);

const jsonLd = (value: unknown) =>
  `<html><head><script type="application/ld+json">${JSON.stringify(value)}</script></head><body></body></html>`;

describe("JSON-LD", () => {
  const article = {
    "@type": "NewsArticle",
    headline: "Headline",
    datePublished: "2025-07-04T23:30:00+03:00",
    author: { "@type": "Person", name: "Jane Doe" },
    publisher: { "@type": "Organization", name: "The Outlet" },
    inLanguage: "ar-EG",
  };
  const expected = {
    title: "Headline",
    author: "Jane Doe",
    outlet: "The Outlet",
    publishedOn: "2025-07-04",
    language: "ar",
  };

  it.each([
    ["alone", article],
    ["in an array", [{ "@type": "WebSite", name: "Site" }, article]],
    [
      "in an @graph",
      { "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, article] },
    ],
    ["as a page's mainEntity", { "@type": "WebPage", mainEntity: article }],
    ["with a list of types", { ...article, "@type": ["ReportageNewsArticle", "Thing"] }],
  ])("finds the article %s", (_label, value) => {
    expect(metadataOf(jsonLd(value))).toMatchObject(expected);
  });

  it("skips a malformed block and reads the next", () => {
    const html = `<script type="application/ld+json">{ "@type": "NewsArticle", </script>${jsonLd(article)}`;
    expect(metadataOf(html).title).toBe("Headline");
  });

  it("joins several authors and leaves out author links", () => {
    const authors = [
      { name: "Jane Doe" },
      "Omar Said",
      { "@id": "https://x/#a", url: "https://x" },
    ];
    expect(metadataOf(jsonLd({ ...article, author: authors })).author).toBe("Jane Doe, Omar Said");
  });
});

describe("meta tags and the page itself", () => {
  it("prefers Open Graph and article: tags, and reads <html lang>", () => {
    const html = `<html lang="ar-SA"><head>
      <meta property="og:title" content="  OG   title ">
      <meta property="og:site_name" content="Site">
      <meta name="author" content="By Rana Haddad">
      <meta property="article:author" content="https://site.example/rana">
      <meta property="article:published_time" content="2024-12-31T22:00:00-05:00">
    </head><body><time datetime="2020-01-01">old</time></body></html>`;
    expect(metadataOf(html)).toEqual({
      title: "OG title",
      outlet: "Site",
      author: "Rana Haddad",
      publishedOn: "2024-12-31",
      language: "ar",
    });
  });

  it("dates an article by the <time> inside it when nothing else does", () => {
    const html = `<html><body><header><time datetime="2026-01-01">today</time></header>
      <article><time datetime="2025-03-09T10:00:00Z">9 March</time><p>text</p></article></body></html>`;
    expect(metadataOf(html).publishedOn).toBe("2025-03-09");
  });

  it("knows nothing a page does not say", () => {
    expect(metadataOf("<html><body><p>text</p></body></html>")).toEqual({
      title: null,
      outlet: null,
      author: null,
      publishedOn: null,
      language: null,
    });
  });
});

describe("dates, languages and bylines", () => {
  it.each([
    ["2025-07-04T23:30:00+03:00", "2025-07-04"],
    ["2025-07-04", "2025-07-04"],
    ["٢٠٢٥-٠٧-٠٤", "2025-07-04"],
    ["Fri, 04 Jul 2025 10:00:00 GMT", "2025-07-04"],
    ["2025-02-30", null],
    ["1850-01-01", null],
    ["yesterday", null],
    ["", null],
  ])("reads %j as %j", (value, date) => {
    expect(calendarDate(value)).toBe(date);
  });

  it.each([
    ["ar", "ar"],
    ["AR-eg", "ar"],
    ["ar_AR", "ar"],
    ["en-GB", "en"],
    ["x", null],
    ["english", null],
    ["", null],
  ])("takes %j as the language %j", (value, tag) => {
    expect(languageTag(value)).toBe(tag);
  });

  it("drops 'By' and 'بقلم' from a byline", () => {
    expect(withoutBy("By Jane Doe")).toBe("Jane Doe");
    expect(withoutBy("بقلم سامر الخطيب")).toBe("سامر الخطيب");
    expect(withoutBy("Byron Smith")).toBe("Byron Smith");
  });

  it("drops the site's name from a title", () => {
    expect(withoutSiteName("Port reopens - The Daily Fixture", "The Daily Fixture")).toBe(
      "Port reopens",
    );
    expect(withoutSiteName("الجريدة | عنوان الخبر", "الجريدة")).toBe("عنوان الخبر");
    expect(withoutSiteName("The Daily Fixture", "The Daily Fixture")).toBe("The Daily Fixture");
    expect(withoutSiteName("A (b) title", "a (b")).toBe("A (b) title");
  });
});

describe("pages too large to search for an article", () => {
  it("keeps every visible word and reads the metadata from the head", () => {
    const cells = "<div><span>cell</span></div>".repeat(MAX_ARTICLE_ELEMENTS);
    const html = `<html lang="en"><head><meta property="og:title" content="Big table"></head><body>${cells}<p>The end.</p></body></html>`;
    const started = performance.now();
    const extracted = extractArticle(html);
    if (!extracted.ok) throw new Error("expected a page");
    expect(extracted).toMatchObject({
      extractedFrom: "whole page",
      title: "Big table",
      language: "en",
    });
    expect(extracted.text).toContain("The end.");
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
