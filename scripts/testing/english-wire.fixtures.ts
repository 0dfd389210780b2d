/**
 * Four short English reports in the style of wire copy, invented for the
 * suggestion tests (no real outlet wrote them; names of places and groups are
 * real, events are not). Each sentence is labelled by hand: `true` when it
 * carries something a fact-checker can check (a number, a date, a specific
 * event or act by a named actor), `false` when it is context, opinion,
 * speculation, or attribution around nothing checkable.
 *
 * `englishWireReports` are the reports the English rules were written
 * against; `heldOutWireReports` were written after the rules were settled and
 * never tuned on, so their figures say how the rules carry to new copy.
 */

export type LabelledSentence = readonly [sentence: string, checkable: boolean];

export type LabelledReport = { title: string; sentences: readonly LabelledSentence[] };

export const englishWireReports: readonly LabelledReport[] = [
  {
    title: "Border trade talks",
    sentences: [
      ["Pakistan and Afghanistan reopen Torkham crossing after talks", false],
      [
        "ISLAMABAD, March 4 (Wire) - Pakistan reopened the Torkham border crossing to cargo lorries on Tuesday after a four-day closure, two customs officials said.",
        true,
      ],
      [
        "More than 600 lorries carrying fruit and cement crossed into Afghanistan by the evening, according to the officials.",
        true,
      ],
      ["Officials on both sides say they are committed to improving trade.", false],
      ["Trade has been a recurring theme in talks with Kabul.", false],
      [
        "The crossing was closed on February 28 after border guards exchanged fire near a disputed checkpoint.",
        true,
      ],
      [
        "Pakistan's commerce ministry said bilateral trade fell to $1.4 billion in the last fiscal year, down from $2.5 billion two years earlier.",
        true,
      ],
      [
        "Traders in Peshawar welcomed the decision but remain worried about future closures.",
        false,
      ],
      ["The Taliban administration did not respond to a request for comment.", false],
      [
        "Analysts say the relationship could improve if security along the border stabilises.",
        false,
      ],
      [
        "The Afghan side detained three Pakistani drivers last month, accusing them of smuggling fuel.",
        true,
      ],
      ["Many in the region hope the reopening marks a new chapter.", false],
    ],
  },
  {
    title: "Earthquake relief",
    sentences: [
      ["Aid reaches quake-hit villages in Herat", false],
      [
        "HERAT, Oct 9 (Wire) - The World Food Programme delivered food to 12 villages in Herat province on Monday, two days after an earthquake destroyed hundreds of homes.",
        true,
      ],
      [
        "The magnitude 6.3 quake struck at 11:11 a.m. on Saturday, the U.S. Geological Survey said.",
        true,
      ],
      ["Local officials put the death toll at 1,053, with more than 2,000 injured.", true],
      ["The situation remains very difficult for families who lost everything.", false],
      [
        "The Taliban's disaster management ministry dispatched 40 ambulances and a helicopter to Zindah Jan district.",
        true,
      ],
      ["Residents described scenes of devastation.", false],
      ["The United Nations released $5 million from its emergency fund on Sunday.", true],
      ["Aid groups warn that winter could make conditions worse.", false],
      [
        "China pledged emergency supplies worth 200 million yuan, its embassy in Kabul announced.",
        true,
      ],
      ["It is unclear how quickly reconstruction can begin.", false],
    ],
  },
  {
    title: "Mining contract",
    sentences: [
      ["Taliban sign copper deal with Chinese firm", false],
      [
        "KABUL, Jan 15 (Wire) - The Taliban's mines ministry signed a contract with a Chinese company to restart work at the Mes Aynak copper deposit, a ministry spokesman said on Monday.",
        true,
      ],
      [
        "The company agreed to invest $350 million over three years and to employ 3,000 Afghan workers, according to the contract seen by Wire.",
        true,
      ],
      ["Mining has long been seen as a key to the country's economy.", false],
      [
        "Mes Aynak, about 40 km southeast of Kabul, holds one of the world's largest untapped copper reserves.",
        true,
      ],
      ["Critics question whether the project will benefit ordinary Afghans.", false],
      [
        "Work at the site stalled in 2012 after rocket attacks and disputes over the terms of the original deal.",
        true,
      ],
      ["Officials expressed confidence that production would start soon.", false],
      ["The spokesman declined to give further details.", false],
      [
        "Uzbekistan's state railway confirmed it had delivered the first shipment of mining equipment to Hairatan on January 12.",
        true,
      ],
      ["Observers believe the deal reflects Beijing's growing influence in the region.", false],
      ["Both sides described the talks as constructive.", false],
    ],
  },
  {
    title: "Press freedom",
    sentences: [
      ["Journalists detained in Kandahar, watchdog says", false],
      [
        "KANDAHAR, May 2 (Wire) - Taliban intelligence officers detained two local radio journalists in Kandahar on Wednesday, a press freedom group said.",
        true,
      ],
      [
        "The group said at least 17 journalists have been held in Afghanistan since the start of the year.",
        true,
      ],
      ["Press freedom has been under pressure in the country.", false],
      ["The journalists worked for Radio Nasim, which broadcasts news in Pashto.", true],
      ["Their colleagues say they are concerned for their safety.", false],
      ["A Taliban spokesman denied that the arrests were linked to their reporting.", true],
      [
        "The ministry of information closed Radio Nasim in March for playing music, the station's director told Wire.",
        true,
      ],
      ["Media organisations have called for their release.", false],
      ["The situation is seen by many as part of a wider pattern.", false],
      [
        "Reporters Without Borders ranked Afghanistan 178th out of 180 countries in its latest index.",
        true,
      ],
    ],
  },
];

export const heldOutWireReports: readonly LabelledReport[] = [
  {
    title: "Water dispute",
    sentences: [
      ["Iran presses Kabul over Helmand water share", false],
      [
        "TEHRAN, June 20 (Wire) - Iran's foreign ministry summoned the Afghan charge d'affaires on Thursday over water flows from the Helmand river, state media reported.",
        true,
      ],
      ["A 1973 treaty entitles Iran to 820 million cubic metres of Helmand water a year.", true],
      ["Iranian officials have repeatedly accused the Taliban of withholding water.", false],
      ["Taliban officials insist that drought, not policy, explains the low flow.", false],
      [
        "Border guards from both countries clashed near the Sasuli post in May, leaving two Iranian guards and one Taliban fighter dead.",
        true,
      ],
      ["The dispute is likely to shape relations for years to come.", false],
      [
        "Satellite images published by the Sistan and Baluchestan governor's office showed the Hamoun wetlands almost dry.",
        true,
      ],
      ["Farmers on both sides of the border say their livelihoods are at stake.", false],
      [
        "The Taliban opened the Kamal Khan dam's sluice gates for three days last week, according to Afghan media.",
        true,
      ],
    ],
  },
  {
    title: "Education ban",
    sentences: [
      ["Girls' schools remain shut as new year begins", false],
      [
        "KABUL, March 21 (Wire) - Secondary schools for girls stayed closed across Afghanistan as the school year began on Saturday, for the fourth year running.",
        true,
      ],
      [
        "The U.N. children's agency estimates that 1.1 million girls are barred from secondary education.",
        true,
      ],
      ["Many families are struggling to find alternatives.", false],
      [
        "The education ministry issued a decree in December 2024 banning women from medical institutes.",
        true,
      ],
      ["Some parents have turned to online classes run from abroad.", false],
      [
        "Qatar's foreign minister raised the issue with Taliban leaders in Kandahar in January, a Qatari official said.",
        true,
      ],
      ["The ban has drawn condemnation from governments around the world.", false],
      ["Teachers fear the restrictions will deepen the country's economic crisis.", false],
      ["The Taliban's supreme leader has not commented publicly on the issue.", false],
    ],
  },
];
