import { describe, expect, it } from "vitest";
import type { ReliabilityGrade } from "@/db/schema";
import { cautionFor, isThinRecord, mostOftenGiven, type SourceRecord } from "./record-summary";
import { createFormatter, createTranslator } from "next-intl";
import english from "@/lib/i18n/messages/en";
import { claimsSentence, lettersSentence, thinRecordSentence } from "./record-wording";

const format = createFormatter({ locale: "en-GB" });
const words = {
  t: createTranslator({ locale: "en-GB", messages: english, namespace: "claimSources.record" }),
  list: (items: string[], type: "unit" | "disjunction") => format.list(items, { type }),
};

const letters = (given: Partial<Record<ReliabilityGrade, number>>) => ({
  A: 0,
  B: 0,
  C: 0,
  D: 0,
  E: 0,
  F: 0,
  ...given,
});

function record(verdicts: Partial<SourceRecord["verdicts"]>, undecided = 0): SourceRecord {
  const full = { verified: 0, false: 0, misleading: 0, unproven: 0, ...verdicts };
  const decided = full.verified + full.false + full.misleading + full.unproven;
  return {
    sourceId: 1,
    name: "Nezavisimaya Gazeta",
    kind: "outlet",
    claims: decided + undecided,
    verdicts: full,
    undecided,
    letters: letters({}),
    lettersWithheld: 0,
  };
}

describe("a source's record", () => {
  it("is too few to judge below five decided claims, however many are undecided", () => {
    expect(isThinRecord(record({ verified: 2, false: 2 }, 40))).toBe(true);
    expect(thinRecordSentence(words, record({ verified: 2, false: 2 }, 40))).toBe(
      "Too few to judge: 4 decided claims, 5 needed.",
    );
    expect(isThinRecord(record({ verified: 2, false: 2, unproven: 1 }))).toBe(false);
    expect(thinRecordSentence(words, record({ verified: 5 }))).toBeNull();
  });

  it("says its claims and verdicts in one sentence", () => {
    expect(claimsSentence(words, record({ verified: 2, false: 1 }, 12), "all")).toBe(
      "15 claims here: 2 verified, 1 false, 12 undecided.",
    );
    expect(claimsSentence(words, record({}, 1), "other")).toBe("1 other claim here: 1 undecided.");
    expect(claimsSentence(words, record({}), "other")).toBe(
      "No other claim on this desk rests on it yet.",
    );
  });

  it("names the letter given most, ties included, and never F", () => {
    expect(mostOftenGiven(letters({ C: 4, B: 2, F: 9 }))).toEqual(["C"]);
    expect(lettersSentence(words, letters({ C: 3, D: 3 }))).toBe(
      "Reviewers most often gave C or D.",
    );
    expect(lettersSentence(words, letters({ F: 2 }))).toBe("No reliability letters to show yet.");
  });

  it("cautions an A or B for a source whose decided claims are mostly false or misleading", () => {
    const mostlyWrong = record({ false: 3, misleading: 1, verified: 2 });
    expect(cautionFor("A", [mostlyWrong])).toMatchObject({
      direction: "reliable-but-mostly-wrong",
      count: 4,
      decided: 6,
    });
    expect(cautionFor("C", [mostlyWrong])).toBeNull();
    // half is not most
    expect(cautionFor("B", [record({ false: 3, verified: 3 })])).toBeNull();
  });

  it("cautions a D or E for a source whose decided claims were mostly verified", () => {
    expect(cautionFor("E", [record({ verified: 4, false: 1 })])).toMatchObject({
      direction: "unreliable-but-mostly-verified",
      count: 4,
    });
  });

  it("never cautions on a thin record or before a letter is chosen", () => {
    expect(cautionFor("A", [record({ false: 4 })])).toBeNull();
    expect(cautionFor(null, [record({ false: 9 })])).toBeNull();
  });
});
