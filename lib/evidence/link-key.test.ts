import { describe, expect, it } from "vitest";
import { linkKey } from "./link-key";

describe("the key that tells two copies of one link apart from two links", () => {
  const same: Array<[string, string]> = [
    ["https://ng.ru/article/123", "https://ng.ru/article/123"],
    ["https://NG.ru/article/123/", "https://ng.ru/article/123"],
    ["HTTPS://ng.RU/article/123", "https://ng.ru/article/123"],
    ["https://ng.ru:443/article/123", "https://ng.ru/article/123"],
    ["http://ng.ru:80/article/123", "http://ng.ru/article/123"],
    ["https://ng.ru/article/123#comments", "https://ng.ru/article/123"],
    ["https://ng.ru/article/123?utm_source=x", "https://ng.ru/article/123"],
    ["https://ng.ru/article/123/?UTM_Medium=social&utm_campaign=y", "https://ng.ru/article/123"],
    [
      "https://ng.ru/article/123?fbclid=abc&gclid=def&msclkid=g&igshid=h",
      "https://ng.ru/article/123",
    ],
    ["https://ng.ru/article/123?", "https://ng.ru/article/123"],
    ["https://ng.ru/", "https://ng.ru"],
    ["https://ng.ru/article//", "https://ng.ru/article"],
    ["https://ng.ru/a%2fb", "https://ng.ru/a%2Fb"],
    ["https://ng.ru/a?page=2&id=7", "https://ng.ru/a?id=7&page=2"],
    ["https://ng.ru/a?utm_source=x&page=2&fbclid=z&id=7#top", "https://ng.ru/a/?id=7&page=2"],
    ["https://ng.ru/a?tag=b&tag=a", "https://ng.ru/a?tag=a&tag=b"],
  ];
  it.each(same)("treats %s as %s", (typed, other) => {
    expect(linkKey(typed)).toBe(linkKey(other));
    expect(linkKey(typed)).not.toBeNull();
  });

  const different: Array<[string, string]> = [
    ["https://ng.ru/article/123", "https://ng.ru/article/124"],
    ["https://ng.ru/Article/123", "https://ng.ru/article/123"],
    ["https://ng.ru/a?id=7", "https://ng.ru/a?id=8"],
    ["https://ng.ru/a?id=7", "https://ng.ru/a"],
    ["https://ng.ru/a?ref=x", "https://ng.ru/a"],
    ["https://ng.ru:8443/a", "https://ng.ru/a"],
    ["http://ng.ru/a", "https://ng.ru/a"],
    ["https://www.ng.ru/a", "https://ng.ru/a"],
    ["https://ng.ru/a?q=b%2Bc", "https://ng.ru/a?q=b+c"],
  ];
  it.each(different)("keeps %s apart from %s", (one, other) => {
    expect(linkKey(one)).not.toBe(linkKey(other));
  });

  it("spells the key out in full", () => {
    expect(linkKey("HTTPS://NG.ru:443/Article/123/?z=1&utm_source=x&a=2#c")).toBe(
      "https://ng.ru/Article/123?a=2&z=1",
    );
  });

  it("has no key for what is not an absolute address", () => {
    expect(linkKey("ng.ru/article/123")).toBeNull();
    expect(linkKey("")).toBeNull();
  });
});
