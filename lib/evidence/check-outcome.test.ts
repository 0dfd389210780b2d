import { describe, expect, it } from "vitest";
import { judgeCheck, type KnownState, type PageReading } from "./check-outcome";

const read = (textHash: string, quoteFound: boolean | null): PageReading => ({
  ok: true,
  httpStatus: 200,
  finalUrl: "https://news.example/a",
  title: "A",
  text: "text",
  textHash,
  quoteFound,
  bytes: 4,
  encoding: "utf-8",
});
const failed = (failure: string, httpStatus: number | null = null): PageReading => ({
  ok: false,
  failure,
  message: "…",
  httpStatus,
});
const never: KnownState = { latest: null, quoteEverFound: false, failedChecks: 0, flag: null };
const seen = (overrides: Partial<KnownState> = {}): KnownState => ({
  latest: { textHash: "h1", failure: null, httpStatus: 200 },
  quoteEverFound: true,
  failedChecks: 0,
  flag: null,
  ...overrides,
});

describe("what a check of a source's page means", () => {
  it("records the first capture, with no flag whatever it found", () => {
    expect(judgeCheck(read("h1", true), never, "added")).toEqual({
      sameAsLatest: false,
      failedChecks: 0,
      flag: null,
      flagRaised: false,
    });
    expect(judgeCheck(read("h1", false), never, "added").flag).toBeNull();
    expect(judgeCheck(failed("http-status", 404), never, "added").flag).toBeNull();
  });

  it("counts the same text again as a check, not a snapshot", () => {
    expect(judgeCheck(read("h1", true), seen(), "scheduled")).toMatchObject({
      sameAsLatest: true,
      flag: null,
      flagRaised: false,
    });
    expect(judgeCheck(read("h2", true), seen(), "scheduled").sameAsLatest).toBe(false);
  });

  it("flags a quote that was found before and is not now, once", () => {
    const lost = judgeCheck(read("h2", false), seen(), "scheduled");
    expect(lost).toMatchObject({ sameAsLatest: false, flag: "quote_lost", flagRaised: true });
    const again = judgeCheck(
      read("h2", false),
      seen({ latest: { textHash: "h2", failure: null, httpStatus: 200 }, flag: "quote_lost" }),
      "scheduled",
    );
    expect(again).toMatchObject({ sameAsLatest: true, flag: "quote_lost", flagRaised: false });
  });

  it("does not flag a quote the desk never saw on the page", () => {
    const known = seen({ quoteEverFound: false });
    expect(judgeCheck(read("h2", false), known, "scheduled").flag).toBeNull();
  });

  it("flags a page gone at once on 404 or 410, after two failures otherwise", () => {
    expect(judgeCheck(failed("http-status", 404), seen(), "scheduled")).toMatchObject({
      flag: "page_gone",
      flagRaised: true,
      failedChecks: 1,
    });
    expect(judgeCheck(failed("http-status", 410), seen(), "requested").flag).toBe("page_gone");
    const once = judgeCheck(failed("timeout"), seen(), "scheduled");
    expect(once).toMatchObject({ flag: null, failedChecks: 1, sameAsLatest: false });
    const twice = judgeCheck(
      failed("timeout"),
      seen({ latest: { textHash: null, failure: "timeout", httpStatus: null }, failedChecks: 1 }),
      "scheduled",
    );
    expect(twice).toMatchObject({ flag: "page_gone", flagRaised: true, sameAsLatest: true });
  });

  it("keeps a standing flag through a single failure it cannot judge", () => {
    const known = seen({ flag: "quote_lost" });
    expect(judgeCheck(failed("timeout"), known, "scheduled")).toMatchObject({
      flag: "quote_lost",
      flagRaised: false,
    });
    expect(judgeCheck(failed("http-status", 503), known, "scheduled").flag).toBe("quote_lost");
  });

  it("tells again when a lost quote's page then goes, and clears when the page is whole", () => {
    expect(
      judgeCheck(failed("http-status", 404), seen({ flag: "quote_lost" }), "scheduled"),
    ).toMatchObject({ flag: "page_gone", flagRaised: true });
    expect(judgeCheck(read("h1", true), seen({ flag: "page_gone" }), "scheduled")).toMatchObject({
      flag: null,
      flagRaised: false,
      failedChecks: 0,
    });
  });

  it("judges a failure the same as the last only when it fails the same way", () => {
    const known = seen({ latest: { textHash: null, failure: "http-status", httpStatus: 500 } });
    expect(judgeCheck(failed("http-status", 500), known, "scheduled").sameAsLatest).toBe(true);
    expect(judgeCheck(failed("http-status", 502), known, "scheduled").sameAsLatest).toBe(false);
    expect(judgeCheck(failed("timeout"), known, "scheduled").sameAsLatest).toBe(false);
  });
});
