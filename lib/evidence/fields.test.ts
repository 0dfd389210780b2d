import { describe, expect, it } from "vitest";
import { inEnglish } from "@/scripts/testing/in-english";
import { evidenceFieldsSchema, type EvidenceFields } from "./fields";
import { publicAddressProblem } from "./public-address";

const source = (overrides: Partial<Record<keyof EvidenceFields, unknown>> = {}) => ({
  url: "https://news.example/2025/09/trainees",
  title: "Trainees leave for China",
  outlet: null,
  publishedOn: "2025-09-14",
  archiveUrl: null,
  stance: "supports",
  quote: null,
  ...overrides,
});

/** The messages the form would show beside `field`, or [] when it passes. */
function errorsOn(field: keyof EvidenceFields, overrides: Parameters<typeof source>[0]) {
  const parsed = evidenceFieldsSchema.safeParse(source(overrides));
  if (parsed.success) return [];
  return parsed.error.issues.filter((i) => i.path[0] === field).map((i) => inEnglish(i.message));
}

describe("the evidence link and archived copy", () => {
  const refused: Array<[string, RegExp]> = [
    ["https://user:pass@example.com/z", /user name and password/],
    ["https://user@example.com/z", /user name and password/],
    ["https://:secret@example.com/z", /user name and password/],
    ["http://localhost/page", /localhost/],
    ["http://LOCALHOST:3000/page", /localhost/],
    ["http://localhost./page", /localhost/],
    ["http://desk.localhost/page", /localhost/],
    ["http://127.0.0.1/page", /bare IP address/],
    ["https://93.184.216.34/article", /bare IP address/],
    ["http://2130706433/", /bare IP address/],
    ["http://0x7f.1/", /bare IP address/],
    ["http://[::1]/page", /bare IP address/],
    ["https://[2001:db8::1]:8443/a", /bare IP address/],
  ];

  for (const field of ["url", "archiveUrl"] as const) {
    it.each(refused)(`refuses %s as the ${field}, saying why`, (address, why) => {
      const messages = errorsOn(field, { [field]: address });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(why);
    });
  }

  it.each([
    "https://ng.ru/article/123",
    "https://web.archive.org/web/2025/https://ng.ru/article/123",
    "https://archive.ph/AbCdE",
    "https://perma.cc/ABCD-1234",
    "https://ghostarchive.org/archive/xyz",
    "https://1.2.3.4.nip.example/a",
    "https://user-content.example/@user:name",
    "http://192-168-0-1.example/",
  ])("accepts %s as either address", (address) => {
    expect(errorsOn("url", { url: address })).toEqual([]);
    expect(errorsOn("archiveUrl", { archiveUrl: address })).toEqual([]);
  });

  it("gives a script address one message, the web-address one", () => {
    expect(errorsOn("url", { url: " javascript://user:pass@localhost/" })).toEqual([
      "Enter the address of a web page, starting with http:// or https://.",
    ]);
  });
});

describe("the publication date", () => {
  it.each(["0001-01-01", "1066-10-14", "1899-12-31"])("refuses %s as too early", (day) => {
    expect(errorsOn("publishedOn", { publishedOn: day })).toEqual([
      "Enter a date from 1900 on; check the year for a typing slip.",
    ]);
  });

  it.each(["1900-01-01", "1945-05-08", "2025-09-14"])("accepts %s", (day) => {
    expect(errorsOn("publishedOn", { publishedOn: day })).toEqual([]);
  });

  it("still refuses the future", () => {
    expect(errorsOn("publishedOn", { publishedOn: "2099-01-01" })).toEqual([
      "A source cannot be published in the future.",
    ]);
  });
});

describe("loopback pages for the test suites", () => {
  it("are let through only by the test-only setting, and nothing else with them", () => {
    expect(publicAddressProblem("http://127.0.0.1:4123/article/ab", true)).toBeNull();
    expect(publicAddressProblem("http://[::1]:4123/article/ab", true)).toBeNull();
    expect(publicAddressProblem("http://127.0.0.1:4123/article/ab", false)).toBe(
      "evidence.errors.bareIp",
    );
    expect(publicAddressProblem("http://10.0.0.1/article", true)).toBe("evidence.errors.bareIp");
    expect(publicAddressProblem("http://localhost:4123/article", true)).toBe(
      "evidence.errors.localhost",
    );
  });
});
