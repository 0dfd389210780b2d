import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { elementsOf } from "@/scripts/testing/markup";
import { xssPayloads } from "@/scripts/testing/xss-payloads";
import arabic from "@/lib/i18n/messages/ar";
import english from "@/lib/i18n/messages/en";
import { CommentMarkdown, safeCommentUrl } from "./comment-markdown";

/** A comment as a reader of `messages`' language sees it. */
const render = (source: string, messages: typeof english = english) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en-GB" messages={messages} timeZone="UTC">
      <CommentMarkdown source={source} />
    </NextIntlClientProvider>,
  );

const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "srcset"];
// what a browser ignores at the start of a URL before it reads the scheme
const stripIgnored = (url: string) => url.replace(/[\u0000-\u0020]/g, "").toLowerCase();

describe("a comment's Markdown", () => {
  it.each(xssPayloads.map((payload) => [payload]))("keeps %j inert", (payload) => {
    const markup = render(payload);
    expect(markup).not.toMatch(/<script/i);
    // no event handler attribute inside any tag (text between tags is escaped, so `<` starts a tag)
    expect(markup).not.toMatch(/<[^>]*\son\w+\s*=/i);

    for (const element of elementsOf(markup)) {
      expect([
        "script",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "style",
        "form",
        "img",
      ]).not.toContain(element.name);
      for (const [name, value] of Object.entries(element.attribs)) {
        expect(name).not.toMatch(/^on/i);
        expect(name).not.toBe("style");
        expect(name).not.toBe("srcdoc");
        if (urlAttributes.includes(name)) {
          expect(stripIgnored(value)).toMatch(/^(https?:\/\/|mailto:)/);
          expect(stripIgnored(value)).not.toMatch(/^(javascript|vbscript|data):/);
        }
      }
    }
  });

  it("shows raw HTML as the text that was typed", () => {
    const markup = render('Look: <img src=x onerror="alert(1)"> and <b>bold</b>');
    expect(markup).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(markup).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(markup).not.toContain("<b>");
  });

  it("gives a list the direction of its items, so an Arabic list's markers sit inside its indent", () => {
    const markup = render("- نقطة أولى\n- نقطة ثانية\n\n3. ثالثة");
    expect(markup).toMatch(/<ul dir="auto">\s*<li>نقطة أولى<\/li>/);
    expect(markup).toMatch(/<ol dir="auto" start="3">\s*<li>ثالثة<\/li>/);
  });

  it("renders Markdown formatting, lists and tables", () => {
    const markup = render(
      "**Sourced** _twice_ ~~once~~\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(markup).toContain("<strong>Sourced</strong>");
    expect(markup).toContain("<em>twice</em>");
    expect(markup).toContain("<del>once</del>");
    expect(markup).toMatch(/<ul dir="auto">\s*<li>one<\/li>/);
    expect(markup).toMatch(/<table>/);
  });

  it("opens web and mail links in a new tab without passing on the page", () => {
    const markup = render(
      "[the report](https://news.example/a?b=1) or https://archive.example/x or [mail](mailto:desk@example.org)",
    );
    const links = elementsOf(markup).filter((e) => e.name === "a");
    expect(links.map((a) => a.attribs.href)).toEqual([
      "https://news.example/a?b=1",
      "https://archive.example/x",
      "mailto:desk@example.org",
    ]);
    for (const link of links) {
      expect(link.attribs.rel).toBe("noopener noreferrer nofollow");
      expect(link.attribs.target).toBe("_blank");
    }
  });

  it("keeps the words of a refused link, without the link", () => {
    const markup = render("[click me](javascript:alert(1)) and [relative](/claims/2)");
    expect(markup).toContain("<span>click me</span>");
    expect(markup).toContain("<span>relative</span>");
    expect(elementsOf(markup).filter((e) => e.name === "a")).toEqual([]);
  });

  it("turns an image into a link to it, and an unsafe one into its alt text", () => {
    const markup = render(
      "![map of the site](https://img.example/map.png) ![x](javascript:alert(1))",
    );
    expect(markup).not.toContain("<img");
    expect(markup).toContain('href="https://img.example/map.png"');
    expect(markup).toContain("[image: map of the site]");
    expect(markup).toContain("<span>[image: x]</span>");
    // the words around the alt text are the reader's; the alt text is the comment's
    const inArabic = render(
      "![خريطة الموقع](https://img.example/map.png) ![](https://img.example/b.png)",
      arabic,
    );
    expect(inArabic).toContain("[صورة: خريطة الموقع]");
    expect(inArabic).toContain(">[صورة]</a>");
  });

  it("reads headings as bold paragraphs, so the page outline stays the page's", () => {
    const markup = render("# Loud\n\ntext");
    expect(markup).not.toMatch(/<h[1-6]/);
    expect(markup).toContain('<p dir="auto" class="font-semibold">Loud</p>');
  });

  it("lets each paragraph find its direction, and marks an Arabic comment as Arabic", () => {
    const markup = render("قال المتحدث إن 22 متدربا سافروا.\n\nThe ministry denies it.");
    expect(markup).toMatch(/^<div dir="auto" lang="ar"/);
    expect(markup.match(/<p dir="auto">/g)).toHaveLength(2);
    expect(render("English only")).not.toContain('lang="ar"');
  });
});

describe("safeCommentUrl", () => {
  it.each([
    ["https://example.com/a", "href", "https://example.com/a"],
    ["http://example.com", "href", "http://example.com"],
    ["mailto:desk@example.org", "href", "mailto:desk@example.org"],
    ["mailto:desk@example.org", "src", undefined],
    ["javascript:alert(1)", "href", undefined],
    ["JAVASCRIPT:alert(1)", "href", undefined],
    [" javascript:alert(1)", "href", undefined],
    ["java\nscript:alert(1)", "href", undefined],
    ["vbscript:msgbox(1)", "href", undefined],
    ["data:text/html,<script>alert(1)</script>", "href", undefined],
    ["data:image/png;base64,AAAA", "src", undefined],
    ["/claims/1", "href", undefined],
    ["//evil.example/x", "href", undefined],
    ["#user-content-fn-1", "href", undefined],
    ["mailto:javascript:alert(1)", "href", undefined],
  ])("%j as %s → %j", (url, key, expected) => {
    expect(safeCommentUrl(url, key)).toBe(expected);
  });
});

describe("a mention in a comment", () => {
  const id = "7d3a9f2e-1b4c-4e8d-a6f0-2c9e5b1d8a44";

  it("shows the person's name, Arabic too, and links nowhere", () => {
    const markup = render(`[@هناء يوسف](user:${id}) هل رأيت المصدر؟`);
    expect(markup).toContain("@هناء يوسف</span>");
    expect(markup).not.toContain("user:");
    expect(elementsOf(markup).some((element) => element.name === "a")).toBe(false);
  });

  it("keeps a look-alike address that is not a mention out of the page", () => {
    const markup = render("[@Evil](user:javascript:alert(1))");
    expect(markup).not.toContain("javascript");
    expect(safeCommentUrl("user:not-an-id", "href")).toBeUndefined();
    expect(safeCommentUrl(`user:${id}`, "src")).toBeUndefined();
  });
});
