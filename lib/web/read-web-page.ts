import "server-only";
import { decodePage } from "./decode-page";
import { extractArticle, type ExtractedArticle } from "./extract-article";
import { WebFetchError } from "./fetch-errors";
import type { FetchPolicy } from "./fetch-policy";
import { fetchWebPage, type FetchedPage } from "./safe-fetch";

/**
 * A page fetched safely, decoded and reduced to its article: what the report
 * import fills its form with, and what an evidence snapshot records. The
 * body is not kept: callers store the text, never the page's HTML.
 */
export type WebPage = Omit<FetchedPage, "body"> & {
  bytes: number;
  encoding: string;
  article: ExtractedArticle;
};

export async function readWebPage(address: string, policy: FetchPolicy): Promise<WebPage> {
  const { body, ...fetched } = await fetchWebPage(address, policy);
  const decoded = decodePage(body, {
    headerCharset: fetched.charset,
    html: fetched.kind === "html",
  });
  const article = fetched.kind === "html" ? extractArticle(decoded.text) : plainText(decoded.text);
  if (!article.ok) {
    throw new WebFetchError(
      "unreadable",
      "The page's HTML is nested too deeply to read. Open it in a browser, copy the article's text and paste it instead.",
    );
  }
  return { ...fetched, bytes: body.length, encoding: decoded.encoding, article };
}

function plainText(text: string): ExtractedArticle {
  return {
    ok: true,
    text,
    title: null,
    outlet: null,
    author: null,
    publishedOn: null,
    language: null,
    documentTitle: null,
    extractedFrom: "plain text",
  };
}
