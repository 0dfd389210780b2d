import { describe, expect, it } from "vitest";
import {
  EXPORTED_HEAD_EXAMPLE,
  exportedHeadFileName,
  formatExportedHead,
  parseExportedHead,
} from "./exported-head";

const hash = "ab".repeat(32);

describe("an exported head", () => {
  it("round-trips through its text form, a file's trailing newline included", () => {
    const head = { eventId: 42, hash };
    expect(parseExportedHead(`${formatExportedHead(head)}\n`)).toEqual(head);
    expect(parseExportedHead(EXPORTED_HEAD_EXAMPLE)).not.toBeNull();
  });

  it("reads upper-case hex as the lower case the database stores", () => {
    expect(parseExportedHead(`7:${hash.toUpperCase()}`)?.hash).toBe(hash);
  });

  it.each([
    ["no id", `:${hash}`],
    ["id zero", `0:${hash}`],
    ["a short hash", `7:${hash.slice(2)}`],
    ["not hex", `7:${"g".repeat(64)}`],
    ["extra text", `7:${hash} trailing`],
    ["an id beyond exact integers", `12345678901234567:${hash}`],
    ["nothing", ""],
  ])("refuses %s", (_name, text) => {
    expect(parseExportedHead(text)).toBeNull();
  });

  it("is downloaded under the UTC date", () => {
    expect(exportedHeadFileName(new Date("2025-03-01T23:30:00-05:00"))).toBe(
      "audit-head-2025-03-02.txt",
    );
  });
});
