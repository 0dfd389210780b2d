import { describe, expect, it } from "vitest";
import { sourceHost } from "./source-host";

describe("the site a card names beside a source's title", () => {
  it.each([
    ["https://NG.ru/article/123/", "ng.ru"],
    ["https://www.bbc.co.uk/news/1", "bbc.co.uk"],
    ["https://WWW.Aljazeera.net/news", "aljazeera.net"],
    ["https://news.www.example/a", "news.www.example"],
    ["https://ng.ru:8443/a", "ng.ru"],
    ["https://ng.ru./a", "ng.ru"],
    // a look-alike international name is shown as the browser's ASCII form
    ["https://аррӏе.com/", "xn--80ak6aa92e.com"],
  ])("shows %s as %s", (url, host) => {
    expect(sourceHost(url)).toBe(host);
  });

  it("shows nothing for what is not an address", () => {
    expect(sourceHost("not a link")).toBeNull();
  });
});
