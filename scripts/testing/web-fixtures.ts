/**
 * A web server on loopback for the fetcher's tests and the link-import
 * spec: Arabic articles in UTF-8 and in windows-1256 (declared in the header,
 * in a <meta>, or not at all), a page buried in navigation and footers,
 * redirects (one into a private network), a 404, a 50 MB body, a page that
 * never finishes, a PDF, and pages that change between two fetches (for the
 * evidence checks). It listens on 127.0.0.1 only, on a port of its own,
 * and `close()` ends every connection, the never-ending one included.
 * `hits(path)` says how often a path was asked for, so a test can prove a
 * page was fetched once.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { arabicArticle, navigationHeavyPage } from "./web-fixture-pages";

export type WebFixtures = {
  origin: string;
  /** bytes the last 50 MB route had written when its client went away */
  hugeBytesSent: () => number;
  /** how many requests asked for `path` (its pathname) */
  hits: (path: string) => number;
  close: () => Promise<void>;
};

const FIFTY_MB = 50 * 1024 * 1024;

/** windows-1256 bytes for `text`, built from the decoder's own table; throws on a character it lacks. */
export function encodeWindows1256(text: string): Buffer {
  const decoder = new TextDecoder("windows-1256");
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const character = decoder.decode(Uint8Array.of(byte));
    if (!byteOf.has(character)) byteOf.set(character, byte);
  }
  return Buffer.from(
    Array.from(text, (character) => {
      const byte = byteOf.get(character);
      if (byte === undefined) throw new Error(`windows-1256 has no ${character}`);
      return byte;
    }),
  );
}

type Route = (request: IncomingMessage, response: ServerResponse, state: State) => void;
type State = { hugeSent: number; hits: Map<string, number> };

const html = (body: string | Buffer, contentType = "text/html; charset=utf-8"): Route => {
  return (_request, response) => {
    response.writeHead(200, { "content-type": contentType });
    response.end(body);
  };
};

const redirect =
  (location: string, status = 302): Route =>
  (_request, response) => {
    response.writeHead(status, { location });
    response.end();
  };

/** 50 MB of markup, written as fast as the client reads it, until it goes away. */
const fiftyMegabytes =
  (declareLength: boolean): Route =>
  (_request, response, state) => {
    response.writeHead(200, {
      "content-type": "text/html",
      ...(declareLength ? { "content-length": String(FIFTY_MB) } : {}),
    });
    const chunk = Buffer.alloc(64 * 1024, "<p>padding</p>\n");
    let sent = 0;
    let closed = false;
    response.on("close", () => (closed = true));
    const pump = () => {
      while (!closed && sent < FIFTY_MB) {
        sent += chunk.length;
        state.hugeSent = sent;
        if (!response.write(chunk)) return void response.once("drain", pump);
      }
      if (!closed) response.end();
    };
    pump();
  };

const article1256 = (charsetInMeta: boolean) =>
  encodeWindows1256(arabicArticle("windows-1256", { charsetInMeta, metadata: "json-ld" }));

const notFound: Route = (_request, response) => {
  response.writeHead(404, { "content-type": "text/html" });
  response.end("<h1>Not found</h1>");
};

const routes: Record<string, Route> = {
  "/arabic-utf8": html(arabicArticle("utf-8", { charsetInMeta: true, metadata: "open-graph" })),
  // windows-1256 said in the header only, in a <meta> only, and nowhere
  "/arabic-1256": html(article1256(false), "text/html; charset=windows-1256"),
  "/arabic-1256-meta": html(article1256(true), "text/html"),
  "/arabic-1256-undeclared": html(article1256(false), "text/html"),
  "/arabic-gzip": (_request, response) => {
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-encoding": "gzip",
    });
    response.end(gzipSync(arabicArticle("utf-8", { charsetInMeta: true, metadata: "open-graph" })));
  },
  "/navigation-heavy": html(navigationHeavyPage()),
  "/plain.txt": html("A plain text note.\n\nIt has two paragraphs.", "text/plain; charset=utf-8"),
  "/report.pdf": html(Buffer.from("%PDF-1.4\n%%EOF\n"), "application/pdf"),
  "/missing": notFound,
  "/echo-host": (request, response) => {
    response.writeHead(200, { "content-type": "text/plain" });
    response.end(`host=${request.headers.host}`);
  },
  "/redirect-once": redirect("/arabic-utf8", 301),
  "/redirect-to-private": redirect("http://10.20.30.40/internal"),
  "/redirect-to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
  "/redirect-to-file": redirect("file:///etc/passwd"),
  "/huge": fiftyMegabytes(true),
  // no Content-Length: the cut-off must come from counting what arrives
  "/huge-undeclared": fiftyMegabytes(false),
  "/never-finishes": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.write("<html><body><p>This page starts, and then never finishes");
  },
};

const taggedArticle = (tag: string, edited = false) =>
  html(
    encodeWindows1256(
      arabicArticle("windows-1256", { charsetInMeta: false, metadata: "json-ld", tag, edited }),
    ),
    "text/html; charset=windows-1256",
  );

/**
 * `/redirect-chain/N` redirects N more times, then lands on the UTF-8 article;
 * `/article/TAG` is the windows-1256 article with TAG in its title and a
 * paragraph, a copy of its own for a spec. Pages that change after their
 * first fetch: `/changing/TAG` is that article, then from the second fetch
 * on has its second paragraph edited (editedParagraph: the quote
 * quoteBeforeEdit is lost); `/vanishing/TAG` is the article once, then 404.
 */
function patterned(path: string, fetches: number): Route | null {
  const chain = /^\/redirect-chain\/(\d+)$/.exec(path);
  if (chain) {
    const left = Number(chain[1]);
    return redirect(left === 0 ? "/arabic-utf8" : `/redirect-chain/${left - 1}`);
  }
  const tagged = /^\/(article|changing|vanishing)\/([0-9a-f]{1,32})$/.exec(path);
  if (!tagged) return null;
  const [, kind, tag] = tagged;
  if (kind === "changing") return taggedArticle(tag!, fetches > 1);
  if (kind === "vanishing" && fetches > 1) return notFound;
  return taggedArticle(tag!);
}

export async function startWebFixtures(): Promise<WebFixtures> {
  const state: State = { hugeSent: 0, hits: new Map() };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://fixture").pathname;
    const fetches = (state.hits.get(path) ?? 0) + 1;
    state.hits.set(path, fetches);
    const route = routes[path] ?? patterned(path, fetches);
    if (route) return route(request, response, state);
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("no such fixture");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hugeBytesSent: () => state.hugeSent,
    hits: (path) => state.hits.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
