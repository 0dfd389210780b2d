import type { ReactElement, ReactNode } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { BoundedCache } from "@/lib/bounded-cache";
import { isMostlyArabic } from "@/lib/text/arabic";
import { mentionedId } from "@/lib/notifications/mentions";
import { isWebAddress } from "@/lib/web-address";

/**
 * A comment's Markdown, rendered so that nothing in it can run. Three layers:
 * no rehype-raw, so HTML in the source is shown as the text it is; only the
 * elements Markdown itself makes are allowed; and every address passes
 * `safeCommentUrl`, so a link is http(s) or mailto or no link at all. Images
 * become links to the image: a comment must not load from arbitrary hosts
 * (tracking pixels) nor fill the card.
 */

const allowedElements = [
  "p",
  "br",
  "hr",
  "a",
  "img",
  "strong",
  "em",
  "del",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "input", // GFM task list checkboxes, rendered disabled
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  // GFM footnotes
  "sup",
  "section",
];

// the control and space characters the URL parser would quietly drop
const unsafeCharacters = /[\u0000-\u0020\u007f-\u009f]/;

function isMailAddress(url: string): boolean {
  return !unsafeCharacters.test(url) && /^mailto:[^@"<>\\]+@[^@"<>\\]+$/i.test(url);
}

/** An address a comment may link to: http(s) with a host, mailto, or a mention; otherwise none. */
export function safeCommentUrl(url: string, key: string): string | undefined {
  if (isWebAddress(url)) return url;
  if (key === "href" && mentionedId(url)) return url;
  if (key === "href" && isMailAddress(url)) return url;
  return undefined;
}

const linkProps = { rel: "noopener noreferrer nofollow", target: "_blank" } as const;
const linkClass = "text-accent underline break-words";

// Headings in a comment would break the page's outline, so they read as bold paragraphs.
function Heading({ children }: { children?: ReactNode }) {
  return (
    <p dir="auto" className="font-semibold">
      {children}
    </p>
  );
}

/**
 * An image as the words "[image: its alt text]" in the reader's language,
 * linking to it when its address passed. A component of its own, so the
 * words are looked up when the comment is drawn, not when its cached tree is made.
 */
function CommentImage({ src, alt }: { src?: unknown; alt?: string }) {
  const t = useTranslations("discussion");
  const label = alt ? t("imageNamed", { alt }) : t("image");
  return typeof src === "string" && src ? (
    <a href={src} className={linkClass} {...linkProps}>
      {label}
    </a>
  ) : (
    <span>{label}</span>
  );
}

const components: Components = {
  a: ({ href, title, children }) =>
    href && mentionedId(href) ? (
      // a mention (lib/notifications/mentions.ts): the person's name, which the
      // thread has set to their current one; not a link to anywhere
      <span className="rounded bg-accent/10 px-0.5 font-medium text-accent">{children}</span>
    ) : href ? (
      <a href={href} title={title} className={linkClass} {...linkProps}>
        {children}
      </a>
    ) : (
      // an address that did not pass: the words stay, the link goes
      <span>{children}</span>
    ),
  img: ({ src, alt }) => <CommentImage src={src} alt={alt} />,
  input: ({ type, checked }) =>
    type === "checkbox" ? <input type="checkbox" checked={Boolean(checked)} disabled /> : null,
  p: ({ children }) => <p dir="auto">{children}</p>,
  // a list takes the direction of its first item, so its markers sit on the
  // side its indent is on; an item with its own dir would put an Arabic
  // item's marker outside a left-to-right list's box
  ul: ({ children }) => <ul dir="auto">{children}</ul>,
  ol: ({ children, start }) => (
    <ol dir="auto" start={start}>
      {children}
    </ol>
  ),
  blockquote: ({ children }) => (
    <blockquote dir="auto" className="border-s-4 border-line ps-3 text-muted">
      {children}
    </blockquote>
  ),
  td: ({ children }) => (
    <td dir="auto" className="border border-line px-2 py-1">
      {children}
    </td>
  ),
  th: ({ children }) => (
    <th dir="auto" className="border border-line px-2 py-1 text-start">
      {children}
    </th>
  ),
  h1: Heading,
  h2: Heading,
  h3: Heading,
  h4: Heading,
  h5: Heading,
  h6: Heading,
};

/**
 * Parsing Markdown was a tenth of a claim page's render time (issue 7). The
 * element tree depends on nothing but the source text, so it is kept per
 * source: an edited comment is a new source, and nothing needs invalidating.
 * Bounded at about 4 million characters of source.
 */
const renderedMarkdown = new BoundedCache<string, ReactElement>(4_000_000);

function renderMarkdown(source: string): ReactElement {
  return renderedMarkdown.getOrCompute(source, source.length, () =>
    Markdown({
      remarkPlugins: [remarkGfm],
      allowedElements,
      unwrapDisallowed: true,
      urlTransform: safeCommentUrl,
      components,
      children: source,
    }),
  );
}

export function CommentMarkdown({ source }: { source: string }) {
  return (
    <div
      dir="auto"
      lang={isMostlyArabic(source) ? "ar" : undefined}
      className="flex flex-col gap-2 break-words [&_code]:rounded [&_code]:bg-paper [&_code]:px-1 [&_code]:font-mono [&_code]:text-sm [&_ol]:list-decimal [&_ol]:ps-6 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-paper [&_pre]:p-2 [&_table]:border-collapse [&_ul]:list-disc [&_ul]:ps-6"
    >
      {renderMarkdown(source)}
    </div>
  );
}
