/**
 * Demo claim relations: where the five reports meet. Same event told twice
 * (same_as), independent or partial agreement (corroborates), and
 * disagreement between or within reports (contradicts). Every note says why,
 * so the desk can see at a glance what conflicts with the card in front of
 * them. Pairs are unordered: each pair of claims appears at most once.
 */
import type { DemoRelation } from "./types";

export const demoRelations: DemoRelation[] = [
  {
    fromClaim: "r002-delisting-april-2025",
    toClaim: "r003-delisting-april-2024",
    kind: "contradicts",
    note: "Same event, different year: report 002 dates Russia's removal of the Taliban from its terrorist list to April 2025, report 003 to April 2024.",
  },
  {
    fromClaim: "r002-recognition-3-july-2025",
    toClaim: "r003-recognition-july-2025",
    kind: "corroborates",
    note: "Both reports put Russia's formal recognition of the Taliban government in July 2025; 002 gives the day, 3 July.",
  },
  {
    fromClaim: "r002-recognition-early-july-2025",
    toClaim: "r002-recognition-3-july-2025",
    kind: "same_as",
    note: 'Report 002 states the recognition twice: "early July 2025" in the opening and 3 July 2025 later; same event.',
  },
  {
    fromClaim: "r003-euronews-first-country",
    toClaim: "r002-recognition-3-july-2025",
    kind: "corroborates",
    note: "The Euronews article cited in report 003, dated 4 July 2025, reports the recognition the day after 002's date of 3 July.",
  },
  {
    fromClaim: "r003-first-major-power",
    toClaim: "r002-moscow-first-capital",
    kind: "corroborates",
    note: 'Both say Russia was first to recognise the Taliban; 003 says "first major power", 002 the broader "first capital in the world".',
  },
  {
    fromClaim: "r003-euronews-first-country",
    toClaim: "r002-moscow-first-capital",
    kind: "corroborates",
    note: 'The Euronews headline cited by 003 ("first country") matches 002\'s "first capital in the world".',
  },
  {
    fromClaim: "r002-return-august-2021",
    toClaim: "r003-open-channels-since-2021",
    kind: "corroborates",
    note: "Both date the Taliban's return to power to 2021 (002: August) and describe Moscow engaging with them since then.",
  },
  {
    fromClaim: "r004-pul-e-charkhi-15-august",
    toClaim: "r002-return-august-2021",
    kind: "corroborates",
    note: "Report 004's account of the Taliban taking Kabul's Pul-e-Charkhi prison on 15 August 2021 fits 002's August 2021 return to power.",
  },
  {
    fromClaim: "r004-russia-china-iran-embassies",
    toClaim: "r003-open-channels-since-2021",
    kind: "corroborates",
    note: "004 (August 2021) has Russia treating the Taliban as a stability guarantor; 003 says Moscow kept channels open from 2021.",
  },
  {
    fromClaim: "r004-airport-bombing-13-killed",
    toClaim: "r004-linked-headline-12-killed",
    kind: "contradicts",
    note: "Same page, same attack: the article says at least 13 US service members were killed, a linked headline says at least 12.",
  },
  {
    fromClaim: "r004-biden-speech-13-killed",
    toClaim: "r004-linked-headline-12-killed",
    kind: "contradicts",
    note: "The article's second casualty figure (13 US troops) disagrees with the linked headline's \"at least 12\".",
  },
  {
    fromClaim: "r004-biden-speech-13-killed",
    toClaim: "r004-airport-bombing-13-killed",
    kind: "same_as",
    note: 'Same figure for the same attack, stated twice by the same outlet ("at least 13" and "13"); not independent corroboration.',
  },
  {
    fromClaim: "r004-headline-us-air-support",
    toClaim: "r004-wapo-october-2020-air-support",
    kind: "same_as",
    note: "The headline's claim of US air support is the body's claim, but the headline credits The Wall Street Journal while the body cites a Washington Post report.",
  },
  {
    fromClaim: "r004-mckenzie-very-limited",
    toClaim: "r004-wapo-october-2020-air-support",
    kind: "contradicts",
    note: 'McKenzie called US support to the Taliban "very limited"; the Post report says US air operations played a big role in giving the Taliban the upper hand.',
  },
  {
    fromClaim: "r004-caption-us-help-strongholds",
    toClaim: "r004-body-us-help-kunar",
    kind: "same_as",
    note: 'The caption restates the body, but drops its hedge: the body says help came "at times" and also from coalition forces.',
  },
  {
    fromClaim: "r001-karimi-rejects-commanders",
    toClaim: "r001-defeat-is-within-days",
    kind: "contradicts",
    note: "The Taliban spokesman rejects the commanders' view that the group needs international help against IS.",
  },
  {
    fromClaim: "r001-karimi-iskp-no-serious-threat",
    toClaim: "r001-pakistan-informal-channels",
    kind: "contradicts",
    note: "The spokesman says the Taliban need no outside support against ISKP; the commanders describe Pakistani support against ISKP. Not a direct denial.",
  },
  {
    fromClaim: "r001-too-early-for-intel-sharing",
    toClaim: "r001-pakistan-informal-channels",
    kind: "contradicts",
    note: "A Pakistani official says it is too early to talk of intelligence sharing; the Taliban commanders say Pakistan already passes intelligence.",
  },
  {
    fromClaim: "r001-pakistan-discussed-counterterrorism",
    toClaim: "r001-pakistan-informal-channels",
    kind: "corroborates",
    note: "Only partly: the Pakistani official confirms counter-terrorism cooperation was discussed in Kabul, not that intelligence is being passed.",
  },
];
