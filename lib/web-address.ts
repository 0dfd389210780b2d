/**
 * Whether a value is a web page address the desk may link to: http or https
 * with a host, nothing else. Links are rendered as `href`s, so `javascript:`,
 * `data:` and `vbscript:` (in any case, behind spaces or control characters,
 * which the URL parser strips) must never pass.
 */
export function isWebAddress(value: string): boolean {
  // the URL parser forgives stray control characters and inner whitespace; the desk does not
  if (/[\u0000-\u0020\u007f-\u009f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
