import { describe, expect, it } from "vitest";
import { isWebAddress } from "./web-address";

describe("isWebAddress", () => {
  it.each(["https://example.org/a?b=1#c", "http://news.example/ar/مقال", "HTTPS://EXAMPLE.ORG"])(
    "accepts %s",
    (value) => expect(isWebAddress(value)).toBe(true),
  );

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "https://exa mple.org",
    " https://example.org",
    "https://example.org\n",
    "ftp://example.org/file",
    "//example.org",
    "example.org",
    "https://",
    "",
  ])("refuses %j", (value) => expect(isWebAddress(value)).toBe(false));
});
