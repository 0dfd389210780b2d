import { beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { makeClaims, makeReport } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { findSimilarClaims } from "./similar";

let reviewer: User;
const ids: Record<string, number> = {};

const radarQuote =
  "وفقا لقرار وخطة قيادة وزارة الدفاع، تقرر إرسال 22 شخصا إلى جمهورية الصين الشعبية من أجل تلقي تدريب مهني في مجال أنظمة الرادار";

beforeAll(async () => {
  reviewer = await makeUser("reviewer");
  const [first, second] = [await makeReport("Leaked document"), await makeReport("Analysis")];
  const [radar, otherTrainees, delisting, recognition] = await makeClaims(first, [
    {
      statement: "The document orders 22 people to be sent to China for training in radar systems.",
      quote: radarQuote,
    },
    {
      statement: "Thirty cadets were sent to Russia to train as pilots.",
      quote: "تقرر إرسال 30 طالبا إلى روسيا للتدريب على قيادة الطائرات",
    },
    {
      statement:
        "Russia removed the Taliban from its list of banned terrorist organisations in April 2025.",
      quote:
        "وفي أبريل 2025 أقدمت روسيا على شطب اسم حركة طالبان من قائمة التنظيمات الإرهابية المحظورة",
    },
    {
      statement: "Russia officially recognised the Taliban government in July 2025.",
      quote: "اعترفت روسيا رسميا بحكومة طالبان في يوليو 2025",
    },
  ]);
  const [airport] = await makeClaims(second, [
    {
      statement: "At least 13 US service members were killed in the attack on Kabul airport.",
      quote: "مقتل ١٣ عسكريا أمريكيا على الأقل في هجوم مطار كابول",
    },
  ]);
  Object.assign(ids, { radar, otherTrainees, delisting, recognition, airport });
});

const idsOf = (found: Array<{ id: number }>) => found.map((claim) => claim.id);

describe("similar claims while a claim is written", () => {
  it("finds a quote written without hamza, with diacritics and tatweel, in Arabic-Indic digits, first", async () => {
    const found = await findSimilarClaims(reviewer, {
      statement: "",
      quote:
        "وَفقاً لقرار وخطة قيادة وزارة الدفاع، تقرر ارسال ٢٢ شخصـا الى جمهورية الصين الشعبية من اجل تلقي تدريب مهني",
    });
    expect(found[0]).toMatchObject({ id: ids.radar, sharedValues: ["22"] });
    expect(found[0]!.quoteScore).toBeGreaterThan(0.8);
    // the other decision to send trainees shares words, not the claim
    const other = found.find((claim) => claim.id === ids.otherTrainees);
    if (other) expect(other.score).toBeLessThan(found[0]!.score);
  });

  it("finds the same quote whichever way it is written, scoring both ways the same", async () => {
    const plain = await findSimilarClaims(reviewer, { statement: "", quote: radarQuote });
    const folded = await findSimilarClaims(reviewer, {
      statement: "",
      quote: radarQuote.replaceAll("إ", "ا").replaceAll("أ", "ا").replace("22", "٢٢"),
    });
    expect(folded[0]!.id).toBe(ids.radar);
    expect(folded[0]!.quoteScore).toBeCloseTo(plain[0]!.quoteScore, 5);
  });

  it("reads Western and Arabic-Indic digits in a statement as the same number, and marks them", async () => {
    const [top] = await findSimilarClaims(reviewer, {
      statement: "At least ١٣ US troops were killed at Kabul airport",
      quote: "",
    });
    expect(top!.id).toBe(ids.airport);
    expect(top!.sharedValues).toEqual(["13"]);
    const marked = top!.statementMarks.filter((run) => run.shared).map((run) => run.text);
    expect(marked).toEqual(expect.arrayContaining(["13", "US", "killed", "Kabul", "airport"]));
    expect(marked).not.toContain("the");
  });

  it("finds a claim from a statement half typed, across reports, ranking the closer claim first", async () => {
    const found = await findSimilarClaims(reviewer, {
      statement: "Russia removed the Taliban from its list of terrorist organisations in Apr",
      quote: "",
    });
    expect(idsOf(found)[0]).toBe(ids.delisting);
    const recognition = found.find((claim) => claim.id === ids.recognition);
    if (recognition) expect(recognition.score).toBeLessThan(found[0]!.score);
  });

  it("says when a claim that looks the same gives another value", async () => {
    const [top] = await findSimilarClaims(reviewer, {
      statement:
        "Russia removed the Taliban from its list of terrorist organisations in April 2024.",
      quote: "شمل رفع روسيا حركة طالبان من قائمة التنظيمات الإرهابية في إبريل لعام ٢٠٢٤",
    });
    expect(top!.id).toBe(ids.delisting);
    expect(top!.conflict?.values).toEqual(["April 2024", "April 2025"]);
  });

  it("offers nothing for a claim nothing on the desk resembles, and leaves out the claim itself", async () => {
    expect(
      await findSimilarClaims(reviewer, { statement: "Officials discussed trade", quote: "" }),
    ).toEqual([]);
    const withoutItself = await findSimilarClaims(
      reviewer,
      { statement: "", quote: radarQuote },
      { excludedClaimId: ids.radar },
    );
    expect(idsOf(withoutItself)).not.toContain(ids.radar);
  });

  it("shows at most five", async () => {
    const report = await makeReport("Many copies");
    await makeClaims(
      report,
      Array.from({ length: 7 }, (_, copy) => ({
        statement: `Pakistan reopened the Torkham crossing to lorries after talks (copy ${copy}).`,
        quote: `أعادت باكستان فتح معبر طورخم أمام الشاحنات بعد المحادثات ${copy}`,
      })),
    );
    const found = await findSimilarClaims(reviewer, {
      statement: "Pakistan reopened the Torkham crossing",
      quote: "",
    });
    expect(found).toHaveLength(5);
  });
});
