import { describe, expect, it } from "vitest";
import {
  proposeContradiction,
  proposeContradictions,
  readClaim,
  type ComparableClaim,
} from "./detect";

let nextId = 1;
function claim(
  statement: string,
  options: Partial<Omit<ComparableClaim, "id" | "statement">> = {},
): ComparableClaim {
  return {
    id: nextId++,
    statement,
    quote: options.quote ?? "",
    eventDate: options.eventDate ?? null,
    eventDatePrecision: options.eventDatePrecision ?? null,
    entityIds: options.entityIds ?? [],
  };
}

const propose = (a: ComparableClaim, b: ComparableClaim) =>
  proposeContradiction(readClaim(a), readClaim(b));

const russia = 1;
const taliban = 2;
const kabulAirport = 3;
const unitedStates = 4;
const china = 5;
const pakistan = 6;

describe("pairs that must be proposed", () => {
  it("the same de-listing dated April 2025 and April 2024, digits and month names in either script", () => {
    const proposal = propose(
      claim(
        "Russia removed the Taliban from its list of banned terrorist organisations in April 2025.",
        {
          quote:
            "وفي أبريل (نيسان) 2025، أقدمت روسيا على شطب اسم حركة طالبان من قائمة التنظيمات الإرهابية",
          eventDate: "2025-04-01",
          eventDatePrecision: "month",
          entityIds: [russia, taliban],
        },
      ),
      claim("Russia removed the Taliban from its list of terrorist organisations in April 2024.", {
        quote: "شمل رفع روسيا حركة طالبان من قائمة التنظيمات الإرهابية في إبريل لعام ٢٠٢٤",
        eventDate: "2024-04-01",
        eventDatePrecision: "month",
        entityIds: [russia, taliban],
      }),
    );
    expect(proposal?.conflicts).toEqual([
      { kind: "date", values: ["April 2025", "April 2024"], phrases: ["April 2025", "April 2024"] },
    ]);
    expect(proposal?.subject.sharedEntityIds).toEqual([russia, taliban]);
  });

  it("the same attack killing 13 and 12, read from the counted words", () => {
    const proposal = propose(
      claim("The Kabul airport attack that Biden addressed killed 13 US service members.", {
        entityIds: [kabulAirport, unitedStates],
      }),
      claim(
        "A linked headline says at least 12 US soldiers were killed in the Kabul airport attack.",
        {
          entityIds: [kabulAirport, unitedStates],
        },
      ),
    );
    expect(proposal?.conflicts).toEqual([
      {
        kind: "number",
        values: ["13", "12"],
        phrases: ["13 US service members", "12 US soldiers were killed"],
      },
    ]);
  });

  it("a count in Arabic-Indic digits against one in Western digits", () => {
    const proposal = propose(
      claim("Taliban border guards detained Iranian fuel smugglers at Islam Qala.", {
        quote: "احتجز حرس الحدود التابعون لطالبان ١٤ مهربا إيرانيا في معبر إسلام قلعة",
      }),
      claim("Taliban border guards detained Iranian fuel smugglers at Islam Qala crossing.", {
        quote: "احتجز حرس الحدود التابعون لطالبان 41 مهربا إيرانيا في معبر إسلام قلعة",
      }),
    );
    expect(proposal?.conflicts).toEqual([
      {
        kind: "number",
        values: ["14", "41"],
        phrases: ["١٤ مهربا إيرانيا في معبر", "41 مهربا إيرانيا في معبر"],
      },
    ]);
  });

  it("an English month in one statement against an Arabic month in the other's quote", () => {
    const proposal = propose(
      claim("China delivered radar parts to the Taliban defence ministry in March 2025.", {
        entityIds: [china, taliban],
      }),
      claim("China delivered radar parts to the Taliban defence ministry.", {
        quote: "سلمت الصين قطع رادار لوزارة الدفاع في طالبان في آذار ٢٠٢٤",
        entityIds: [china, taliban],
      }),
    );
    expect(proposal?.conflicts.map((conflict) => conflict.values)).toEqual([
      ["March 2025", "March 2024"],
    ]);
  });

  it("untagged cards, on their words alone", () => {
    expect(
      propose(
        claim("Pakistan reopened the Torkham crossing on 4 May 2024."),
        claim("Pakistan reopened the Torkham crossing on 14 May 2024."),
      )?.conflicts[0]?.values,
    ).toEqual(["4 May 2024", "14 May 2024"]);
  });
});

describe("pairs that must not be proposed", () => {
  it("the same number, written in either digit form", () => {
    expect(
      propose(
        claim("The Kabul airport attack killed 13 US service members.", {
          quote: "راح ضحيته ١٣ عسكريا أمريكيا",
          entityIds: [kabulAirport, unitedStates],
        }),
        claim("At least 13 US troops died in the attack on Kabul airport.", {
          quote: "مقتل 13 عسكريا أمريكيا",
          entityIds: [kabulAirport, unitedStates],
        }),
      ),
    ).toBeNull();
  });

  it("the same date at two precisions, or in two calendars' month names", () => {
    expect(
      propose(
        claim("Russia formally recognised the Taliban government on 3 July 2025.", {
          entityIds: [russia, taliban],
        }),
        claim("Russia formally recognised the Taliban government in July 2025.", {
          quote: "اعترفت روسيا رسميا بحكومة طالبان في تموز/يوليو ٢٠٢٥",
          entityIds: [russia, taliban],
        }),
      ),
    ).toBeNull();
  });

  it("different subjects, though both give a number and a date", () => {
    expect(
      propose(
        claim("China trained 22 Taliban radar specialists in 2025.", {
          entityIds: [china, taliban],
        }),
        claim("Pakistan deported 22,000 Afghan refugees in 2024.", { entityIds: [pakistan] }),
      ),
    ).toBeNull();
    // shared entities, but not the same event: a de-listing and a recognition
    expect(
      propose(
        claim(
          "Russia removed the Taliban from its list of terrorist organisations in April 2024.",
          {
            entityIds: [russia, taliban],
          },
        ),
        claim("Russia officially recognised the Taliban government in July 2025.", {
          entityIds: [russia, taliban],
        }),
      ),
    ).toBeNull();
  });

  it("a year inside a name", () => {
    expect(
      propose(
        claim("Saudi Vision 2030 funds 12 Afghan clinics, the health ministry said."),
        claim("In 2024 Saudi Vision funded 12 Afghan clinics, the health ministry said."),
      ),
    ).toBeNull();
  });

  it("numbered names that differ: two flights, not one flight told twice", () => {
    expect(
      propose(
        claim(
          "Pakistan International Airlines Flight 661 crashed in the mountains, killing 47 people.",
        ),
        claim(
          "Pakistan International Airlines Flight 268 crashed in the mountains, killing 167 people.",
        ),
      ),
    ).toBeNull();
  });

  it("numbers about different things", () => {
    expect(
      propose(
        claim("Russia sent 40 trucks of food aid to Kabul in May 2024.", { entityIds: [russia] }),
        claim("Russia sent food aid to Kabul in May 2024, 3 officials said.", {
          entityIds: [russia],
        }),
      ),
    ).toBeNull();
  });

  it("the date a report appeared against the date of the event", () => {
    expect(
      propose(
        claim("Euronews reported on 4 July 2025 that Russia recognised the Taliban government.", {
          entityIds: [russia, taliban],
        }),
        claim("Russia recognised the Taliban government on 3 July 2025.", {
          entityIds: [russia, taliban],
        }),
      ),
    ).toBeNull();
  });

  it("a period's start against an event date", () => {
    expect(
      propose(
        claim("Russia has listed the Taliban as a terrorist organisation since 2003.", {
          eventDate: "2003-01-01",
          eventDatePrecision: "year",
          entityIds: [russia, taliban],
        }),
        claim("Russia listed the Taliban as a terrorist organisation in April 2025.", {
          entityIds: [russia, taliban],
        }),
      ),
    ).toBeNull();
  });
});

describe("proposeContradictions", () => {
  it("orders the proposals by how surely the claims share their subject", () => {
    const a = claim("Pakistan reopened the Torkham crossing on 4 May 2024.", {
      entityIds: [pakistan],
    });
    const b = claim("Pakistan reopened the Torkham crossing on 14 May 2024.", {
      entityIds: [pakistan],
    });
    const c = claim("Pakistan reopened the Torkham border crossing to lorries on 9 May 2024.", {
      entityIds: [pakistan],
    });
    const d = claim("China trained 22 Taliban radar specialists.", { entityIds: [china] });
    const proposals = proposeContradictions([
      [a, c],
      [a, b],
      [a, d],
    ]);
    expect(proposals.map((proposal) => proposal.claimIds)).toEqual([
      [a.id, b.id],
      [a.id, c.id],
    ]);
    expect(proposals[0]!.score).toBeGreaterThan(proposals[1]!.score);
  });
});
