import { describe, expect, it } from "vitest";
import { parseCsv } from "./rfc4180";

describe("parseCsv (the tests' strict reader)", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,"b,c","say ""hi""","x\r\ny"\r\n1,,3\r\n')).toEqual([
      ["a", "b,c", 'say "hi"', "x\r\ny"],
      ["1", "", "3"],
    ]);
  });

  it("refuses what is not RFC 4180", () => {
    expect(() => parseCsv('a,b"c')).toThrow(SyntaxError);
    expect(() => parseCsv('"open')).toThrow(SyntaxError);
    expect(() => parseCsv('"a"b')).toThrow(SyntaxError);
  });
});
