/**
 * What a response's Content-Type says: the media type, and the charset when
 * it names one. Pure, so the decoder's tests can use it too.
 */
export type ContentType = { mediaType: string | null; charset: string | null };

export function parseContentType(header: string | undefined): ContentType {
  if (!header) return { mediaType: null, charset: null };
  const [type = "", ...parameters] = header.split(";");
  let charset: string | null = null;
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter);
    if (match) charset = match[1]!.toLowerCase();
  }
  const mediaType = type.trim().toLowerCase();
  return { mediaType: mediaType === "" ? null : mediaType, charset };
}

/** The page kinds the desk reads: HTML (XHTML read as HTML) and plain text. */
export type PageKind = "html" | "text";

export function pageKindOf(mediaType: string): PageKind | null {
  if (mediaType === "text/html" || mediaType === "application/xhtml+xml") return "html";
  if (mediaType === "text/plain") return "text";
  return null;
}

/**
 * The kind of a body whose response named no type, judged as browsers
 * sniff: markup at the start is HTML; other bytes with no NUL are text.
 */
export function sniffPageKind(body: Uint8Array): PageKind | null {
  const start = new TextDecoder("latin1").decode(body.subarray(0, 512));
  if (/^\s*(?:\ufeff|ï»¿)?\s*<(?:!doctype html|html|head|body|p|div|title|meta|!--)/i.test(start)) {
    return "html";
  }
  return body.subarray(0, 4096).includes(0) ? null : "text";
}
