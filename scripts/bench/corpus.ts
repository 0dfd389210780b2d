/**
 * Words for the generated desk. Arabic quotes come from the demo corpus's
 * real sentences (scripts/demo), so the Arabic search meets the text it meets in
 * use; English claims are built from templates around the demo entities.
 */
import { demoClaims } from "@/scripts/demo/claims";
import { demoEntities } from "@/scripts/demo/entities";
import type { Random } from "@/scripts/bench/random";
import { longMonthNames } from "@/lib/text/event-date";

export const arabicSources = demoClaims.map((claim) => ({
  statement: claim.statement,
  quote: claim.quote,
  attribution: claim.attribution,
}));

export const entityNames = demoEntities.map((entity) => ({ name: entity.name, kind: entity.kind }));

const actors = demoEntities.filter((e) => e.kind !== "place").map((e) => e.name);
const places = demoEntities
  .filter((e) => e.kind === "place" || e.kind === "country")
  .map((e) => e.name);

const verbs = [
  "agreed to train",
  "deployed",
  "denied sending",
  "announced the release of",
  "reported the arrest of",
  "accused rivals of arming",
  "signed a deal to supply",
  "withdrew",
  "met a delegation of",
  "seized a shipment meant for",
];
const objects = [
  "air-defence personnel",
  "border guards",
  "mining engineers",
  "foreign fighters",
  "aid workers",
  "drone operators",
  "police recruits",
  "customs officers",
  "local elders",
  "water engineers",
];
const months = longMonthNames;
const outlets = [
  "Ariana News",
  "TOLOnews",
  "Pajhwok",
  "Nezavisimaya Gazeta",
  "Ultra Sawt",
  "Al Jazeera",
  "Reuters",
  "Amu TV",
];
const commentSentences = [
  "The second source only repeats the first one's wording.",
  "I could not find the original statement on the ministry's site.",
  "The archived copy differs from the live page: the date was changed.",
  "**Check the byline**: this outlet republishes agency copy without credit.",
  "Satellite imagery from that week does not show the convoy.",
  "Two local journalists confirm the meeting, neither confirms the numbers.",
  "The quote is accurate, but it is attributed to the wrong spokesman.",
  "See the [earlier thread](https://example.org/thread) on this outlet.",
  "The figures match the UN situation report for that month.",
  "This looks like the same event as the card from the Kabul report.",
];
export const evidenceTitles = [
  "Ministry press release",
  "Agency wire report",
  "Satellite imagery analysis",
  "Local radio interview",
  "UN situation report",
  "Archived social media post",
  "Court filing",
  "Think-tank briefing",
];

export type EnglishClaim = {
  statement: string;
  quote: string;
  attribution: string;
  entities: string[];
};

/** A checkable English sentence, its (English) source quote and attribution. */
export function englishClaim(random: Random, eventYear: number): EnglishClaim {
  const actor = random.pick(actors);
  const place = random.pick(places);
  const statement = `${actor} ${random.pick(verbs)} ${random.pick(objects)} in ${place} in ${random.pick(months)} ${eventYear}.`;
  const outlet = random.pick(outlets);
  const quote = `${statement.slice(0, -1)}, ${outlet} reported on ${random.int(1, 28)} ${random.pick(months)}, citing ${random.chance(0.5) ? "two officials who asked not to be named" : "a statement seen by the outlet"}.`;
  return {
    statement,
    quote,
    attribution: `${outlet}, citing unnamed officials`,
    entities: [actor, place],
  };
}

export function commentBody(random: Random): string {
  const sentences = random.int(1, 3);
  return Array.from({ length: sentences }, () => random.pick(commentSentences)).join(" ");
}

export const outletNames = outlets;
