import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  arabicChrome,
  arabicMetadata,
  arabicParagraphs,
  storyChrome,
  storyParagraphs,
} from "@/scripts/testing/web-fixture-pages";
import { startWebFixtures, type WebFixtures } from "@/scripts/testing/web-fixtures";
import { WebFetchError } from "./fetch-errors";
import { deskFetchPolicy, type FetchPolicy } from "./fetch-policy";
import { readWebPage } from "./read-web-page";
import { fetchWebPage } from "./safe-fetch";

let fixtures: WebFixtures;
beforeAll(async () => {
  fixtures = await startWebFixtures();
});
afterAll(() => fixtures.close());

/** The fixture server is on loopback, which only tests may reach. */
const testPolicy = (overrides: Partial<FetchPolicy> = {}) =>
  deskFetchPolicy({ allowLoopback: true, timeoutMs: 5_000, ...overrides });

const at = (path: string) => `${fixtures.origin}${path}`;

async function refusal(path: string, overrides: Partial<FetchPolicy> = {}) {
  const error = await fetchWebPage(at(path), testPolicy(overrides)).catch((e) => e);
  if (!(error instanceof WebFetchError)) throw new Error(`${path} was not refused: ${error}`);
  return error;
}

describe("Arabic articles", () => {
  it("reads a UTF-8 article: its paragraphs, and what its Open Graph tags say", async () => {
    const page = await readWebPage(at("/arabic-utf8"), testPolicy());
    expect(page.article.text).toContain(arabicParagraphs.join("\n\n"));
    for (const chrome of arabicChrome) expect(page.article.text).not.toContain(chrome);
    expect(page.article).toMatchObject({ ...arabicMetadata, language: "ar" });
    expect(page).toMatchObject({ status: 200, kind: "html", encoding: "utf-8" });
  });

  it.each([
    ["/arabic-1256", "the Content-Type header"],
    ["/arabic-1256-meta", "a <meta charset>"],
    ["/arabic-1256-undeclared", "nothing: the bytes are detected"],
  ])("reads %s, its windows-1256 declared in %s, and its JSON-LD", async (path) => {
    const page = await readWebPage(at(path), testPolicy());
    expect(page.encoding).toBe("windows-1256");
    expect(page.article.text).toContain(arabicParagraphs.join("\n\n"));
    expect(page.article.text).not.toContain("\ufffd");
    expect(page.article).toMatchObject({ ...arabicMetadata, language: "ar" });
  });

  it("reads a gzip-compressed page", async () => {
    const page = await readWebPage(at("/arabic-gzip"), testPolicy());
    expect(page.article.text).toContain(arabicParagraphs[1]);
  });
});

it("extracts the article from a page full of menus, banners and footers", async () => {
  const page = await readWebPage(at("/navigation-heavy"), testPolicy());
  expect(page.article.extractedFrom).toBe("article");
  expect(page.article.text).toContain(storyParagraphs.join("\n\n"));
  for (const chrome of storyChrome) expect(page.article.text).not.toContain(chrome);
  expect(page.article).toMatchObject({
    title: "Port reopens after storm",
    outlet: "The Daily Fixture",
    publishedOn: "2025-11-02",
    language: "en",
  });
});

it("reads plain text as it is", async () => {
  const page = await readWebPage(at("/plain.txt"), testPolicy());
  expect(page.kind).toBe("text");
  expect(page.article.extractedFrom).toBe("plain text");
  expect(page.article.text).toBe("A plain text note.\n\nIt has two paragraphs.");
});

describe("redirects", () => {
  it("follows a redirect and says where the page was found", async () => {
    const page = await fetchWebPage(at("/redirect-once"), testPolicy());
    expect(page.finalUrl).toBe(at("/arabic-utf8"));
    expect(page.redirects).toEqual([at("/redirect-once")]);
  });

  it("follows 5 redirects and refuses a sixth", async () => {
    const five = await fetchWebPage(at("/redirect-chain/4"), testPolicy());
    expect(five.redirects).toHaveLength(5);
    const six = await refusal("/redirect-chain/5");
    expect(six.failure).toBe("too-many-redirects");
    expect(six.message).toBe(
      "That page redirects more than 5 times, so the desk stopped following it.",
    );
  });

  it.each([
    ["/redirect-to-private", "private", "inside a private network"],
    ["/redirect-to-metadata", "metadata", "a cloud metadata service"],
  ])("refuses %s before connecting", async (path, failure, words) => {
    const error = await refusal(path);
    expect(error.failure).toBe(failure);
    expect(error.message).toContain(`That page redirects to an address that is ${words}`);
  });

  it("refuses a redirect to a file: address", async () => {
    expect((await refusal("/redirect-to-file")).message).toBe(
      "That page redirects to a file: address; the desk fetches only http:// and https:// pages.",
    );
  });
});

describe("refusals", () => {
  it("refuses loopback when the setting is off, as on every real desk", async () => {
    const error = await refusal("/arabic-utf8", { allowLoopback: false });
    expect(error.failure).toBe("loopback");
  });

  it("says what a 404 is", async () => {
    const error = await refusal("/missing");
    expect(error.status).toBe(404);
    expect(error.message).toBe("The site answered 404 (not found) instead of the page.");
  });

  it("refuses a PDF, naming its type", async () => {
    expect((await refusal("/report.pdf")).message).toBe(
      "That is not a web page (application/pdf).",
    );
  });

  it.each(["/huge", "/huge-undeclared"])(
    "cuts %s (50 MB) off at 5 MB, quickly",
    async (path) => {
      const started = performance.now();
      const error = await refusal(path, { timeoutMs: 20_000 });
      expect(error.failure).toBe("too-large");
      expect(error.message).toMatch(/^The page is larger than 5 MB/);
      expect(performance.now() - started).toBeLessThan(10_000);
      // what the server wrote before the desk hung up: the limit and socket buffers, not 50 MB
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fixtures.hugeBytesSent()).toBeLessThan(20 * 1024 * 1024);
    },
    20_000,
  );

  it("gives up on a page that never finishes at the deadline", async () => {
    const started = performance.now();
    const error = await refusal("/never-finishes", { timeoutMs: 400 });
    expect(error.failure).toBe("timeout");
    expect(error.message).toBe("The page took longer than 0.4 s.");
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe("the connection goes to the address that was checked", () => {
  const port = () => new URL(fixtures.origin).port;

  it("uses the vetted address, and the site's own name in the Host header", async () => {
    const asked: string[] = [];
    // fixture.test resolves nowhere: only the pinned lookup can connect it
    const resolveHost = async (host: string) => {
      asked.push(host);
      return ["127.0.0.1"];
    };
    const page = await fetchWebPage(
      `http://fixture.test:${port()}/echo-host`,
      testPolicy({ resolveHost }),
    );
    expect(page.body.toString()).toBe(`host=fixture.test:${port()}`);
    expect(page.address).toBe("127.0.0.1");
    expect(asked).toEqual(["fixture.test"]);
  });

  it("refuses a name whose second answer would be private: every answer is checked", async () => {
    const resolveHost = async () => ["127.0.0.1", "10.0.0.7"];
    const error = await fetchWebPage(
      `http://fixture.test:${port()}/echo-host`,
      testPolicy({ resolveHost }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(WebFetchError);
    expect(error.failure).toBe("private");
  });
});
