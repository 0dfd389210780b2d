/**
 * Turns a page's bytes into text, in the order a browser trusts the clues: a
 * byte order mark, the charset of the Content-Type header, the page's own
 * `<meta charset>` or `http-equiv` declaration, and otherwise the bytes
 * themselves: valid UTF-8 is UTF-8, and anything else is given to chardet
 * (ICU's detector), which tells windows-1256 Arabic from its neighbours.
 * Node's TextDecoder (full ICU) decodes every encoding the web still uses.
 * Pure, so an uploaded .html file is decoded the same way as a fetched one.
 */
import chardet from "chardet";

export type DecodedPage = {
  text: string;
  encoding: string;
  /** which clue decided the encoding */
  decidedBy: "byte order mark" | "header" | "meta" | "valid utf-8" | "detected";
};

/** How far into the page a `<meta charset>` is looked for (browsers look at 1024 bytes; pages are sloppier). */
const META_PRESCAN_BYTES = 4096;
/** Enough bytes for the detector to be sure, without reading megabytes. */
const DETECTION_BYTES = 64 * 1024;

export function decodePage(
  bytes: Uint8Array,
  options: { headerCharset?: string | null; html: boolean },
): DecodedPage {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: decode(bytes, bom)!, encoding: bom, decidedBy: "byte order mark" };

  const header = supportedEncoding(options.headerCharset);
  if (header) return { text: decode(bytes, header)!, encoding: header, decidedBy: "header" };

  const meta = options.html ? supportedEncoding(declaredHtmlCharset(bytes)) : null;
  if (meta) return { text: decode(bytes, meta)!, encoding: meta, decidedBy: "meta" };

  const utf8 = decodeStrict(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", decidedBy: "valid utf-8" };

  const detected = detectEncoding(bytes) ?? "windows-1252";
  return { text: decode(bytes, detected)!, encoding: detected, decidedBy: "detected" };
}

/** The charset of `<meta charset>` or `<meta http-equiv="Content-Type" content>` near the start. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  // the declaration itself is ASCII, whatever the page's encoding
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, META_PRESCAN_BYTES));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** The most likely encoding of bytes that are not UTF-8, among those TextDecoder knows. */
export function detectEncoding(bytes: Uint8Array): string | null {
  const candidates = chardet.analyse(bytes.subarray(0, DETECTION_BYTES));
  for (const candidate of candidates) {
    const encoding = supportedEncoding(candidate.name);
    if (encoding && encoding !== "utf-8") return encoding;
  }
  return null;
}

/** TextDecoder's name for a charset label, or null when it has none. */
function supportedEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    // a page cannot declare itself UTF-16 in ASCII; browsers read such pages as UTF-8
    return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  } catch {
    return null;
  }
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function decode(bytes: Uint8Array, encoding: string): string | null {
  return new TextDecoder(encoding).decode(bytes);
}

/** The text, or null when the bytes are not valid in the encoding. */
export function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
