import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, getPool } from "@/db";
import { claims } from "@/db/schema";
import { withDatabaseBeforeMigration } from "@/scripts/testing/before-migration";
import { makeClaim } from "@/scripts/testing/make-claim";
import { normaliseArabic } from "@/lib/text/arabic";

// What the board searches: claims.search_text, the statement and quote folded
// in SQL by desk_normalise exactly as the search box's words are folded in
// TypeScript by normaliseArabic.

describe("desk_normalise, the SQL twin of normaliseArabic", () => {
  // letters, marks and spaces that normalisation touches, and some it must leave alone
  const alphabet = [
    ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱةىئؤ", // Arabic letters and the folded forms
    ..."\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u065f\u0670\u0640", // harakat, dagger alef, tatweel
    ..."٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789",
    ..."\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff", // invisible marks
    ..." \t\n\r\u000b\u000c\u00a0\u1680\u2000\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u0085", // spaces
    ..."AZaz%_\\.,-'ÀÉÖİIıßẞΣσςΑΩ", // Latin, Greek final sigma, Turkish i
    ..."שלוםپچگ", // Hebrew; Persian letters are not folded
    "😀",
  ];

  function* pseudoRandomStrings(count: number) {
    let seed = 20_250_703;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let i = 0; i < count; i++) {
      const length = Math.floor(next() * 24);
      yield Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    }
  }

  it("folds every string as normaliseArabic does", async () => {
    const samples = [
      "الاعتراف",
      "الإعتراف",
      "الأعتراف الآن ٱلرحمن",
      "مدرسة مستشفى",
      "إلى على مصطفى",
      "مُحَمَّدٌ رَسُولُ",
      "موسكـــو",
      "في يوليو ٢٠٢٥ و۱۴۰۴",
      "\u200fقال\u200e  المتحدث\u00a0\u00a0باسم\n\tالوزارة ",
      "  Russia RECOGNISED the Taliban  ",
      "ΟΔΟΣ İSTANBUL STRASSE ẞ",
      "",
      ...pseudoRandomStrings(600),
    ];
    const result = await getPool().query<{ folded: string }>(
      `select desk_normalise(sample) as folded
       from unnest($1::text[]) with ordinality as s(sample, position)
       order by position`,
      [samples],
    );
    const mismatches = samples
      .map((sample, i) => ({ sample, sql: result.rows[i]!.folded, js: normaliseArabic(sample) }))
      .filter((row) => row.sql !== row.js);
    expect(mismatches).toEqual([]);
    expect(result.rows).toHaveLength(samples.length);
  });

  it("keeps claims.search_text as the folded statement, quote and attribution, also after an edit", async () => {
    const { id } = await makeClaim({
      statement: "Moscow was FIRST.",
      quote: "جاء هذا الإعتراف ليجعل موسكـــو أول عاصمة",
    });
    const read = async () =>
      (await getDb().select({ text: claims.searchText }).from(claims).where(eq(claims.id, id)))[0]!
        .text;
    expect(await read()).toBe("moscow was first. جاء هذا الاعتراف ليجعل موسكو اول عاصمه");
    await getDb()
      .update(claims)
      .set({ quote: "بعد ذلك الإعتراف", attribution: "Nezavisimaya Gazeta" })
      .where(eq(claims.id, id));
    expect(await read()).toBe(
      normaliseArabic("Moscow was FIRST. بعد ذلك الإعتراف Nezavisimaya Gazeta"),
    );
  });
});

describe("the search migration", () => {
  it("backfills search_text for claims that exist when it runs", async () => {
    await withDatabaseBeforeMigration("0003_board_search_normalise", async ({ pool, upgrade }) => {
      await pool.query(
        `with report as (insert into reports (title, language) values ('Old', 'ar') returning id)
         insert into claims (report_id, statement, quote, quote_language, anchor_exact)
         select id, 'An OLD claim', 'الإعتراف الرسمي', 'ar', '' from report`,
      );
      await upgrade();
      const { rows } = await pool.query<{ search_text: string }>("select search_text from claims");
      expect(rows).toEqual([{ search_text: "an old claim الاعتراف الرسمي" }]);
    });
  });
});

describe("the attribution migration", () => {
  it("folds each existing claim's attribution into search_text and keeps the trigram index", async () => {
    await withDatabaseBeforeMigration(
      "0008_board_search_attribution",
      async ({ pool, upgrade }) => {
        await pool.query(
          `with report as (insert into reports (title, language) values ('Old', 'ar') returning id)
         insert into claims (report_id, statement, quote, quote_language, anchor_exact, attribution)
         select id, 'An OLD claim', 'الإعتراف الرسمي', 'ar', '', 'Nezavisimaya Gazeta' from report`,
        );
        await upgrade();
        const { rows } = await pool.query<{ search_text: string }>(
          "select search_text from claims",
        );
        expect(rows).toEqual([{ search_text: "an old claim الاعتراف الرسمي nezavisimaya gazeta" }]);
        const index = await pool.query(
          "select 1 from pg_indexes where indexname = 'claims_search_text_trgm_idx'",
        );
        expect(index.rowCount).toBe(1);
      },
    );
  });
});
