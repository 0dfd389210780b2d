import { describe, expect, it } from "vitest";
import { hostLookups, normaliseHost, parseHostList } from "./hosts";

describe("source hosts", () => {
  it("reads a host from an address or a bare name, folded", () => {
    expect(normaliseHost("https://WWW.ng.ru/politics/2025-09-20/1_rule.html")).toBe("ng.ru");
    expect(normaliseHost("ng.ru")).toBe("ng.ru");
    expect(normaliseHost(" www.WashingtonPost.com. ")).toBe("washingtonpost.com");
    expect(normaliseHost("http://arabic.euronews.com:8080/x")).toBe("arabic.euronews.com");
    // international names in their ASCII form, as browsers show mixed scripts
    expect(normaliseHost("https://аррӏе.com/")).toBe("xn--80ak6aa92e.com");
  });

  it("refuses what is not a site's name", () => {
    for (const bad of ["", "localhost", "intranet", "10.0.0.1", "[::1]", "user@ng.ru", "ng ru"]) {
      expect(normaliseHost(bad), bad).toBeNull();
    }
  });

  it("looks a host up by itself, then by each parent domain", () => {
    expect(hostLookups("arabic.euronews.com")).toEqual(["arabic.euronews.com", "euronews.com"]);
    expect(hostLookups("ng.ru")).toEqual(["ng.ru"]);
  });

  it("parses a list, one per line or separated by commas, naming what it cannot read", () => {
    expect(parseHostList("ng.ru\nhttps://www.ng.ru/x, nvo.ng.ru\n\nnot a host!")).toEqual({
      hosts: ["ng.ru", "nvo.ng.ru"],
      invalid: ["not", "a", "host!"],
    });
  });
});
