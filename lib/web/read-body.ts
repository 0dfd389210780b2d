import "server-only";
import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { formatLimit, WebFetchError } from "./fetch-errors";

/**
 * Reads a response body of at most `maxBytes` once decompressed. The limit is
 * checked against the declared length first and then chunk by chunk, and the
 * response is destroyed the moment it is passed: a 50 MB page costs the desk
 * 5 MB of reading, not 50, and a small gzip bomb no more than that.
 */
export async function readLimitedBody(response: IncomingMessage, maxBytes: number) {
  const declared = Number(response.headers["content-length"]);
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  if (encoding === "identity" && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(maxBytes);
  }
  const decoded = decoder(response, encoding);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of decoded as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk);
    }
  } finally {
    if (decoded !== response) decoded.destroy();
    response.destroy();
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(maxBytes: number) {
  return new WebFetchError(
    "too-large",
    `The page is larger than ${formatLimit(maxBytes)}, more than any article; the desk stopped reading it.`,
    { limit: maxBytes },
  );
}

function decoder(response: IncomingMessage, encoding: string): Readable {
  const decompress =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : null;
  if (encoding === "identity" || encoding === "") return response;
  if (!decompress) {
    response.destroy();
    throw new WebFetchError(
      "not-a-page",
      `The site sent the page compressed as “${encoding}”, which the desk cannot read.`,
      { contentEncoding: encoding },
    );
  }
  response.on("error", (error) => decompress.destroy(error));
  return response.pipe(decompress);
}
