/**
 * schema.org ClaimReview JSON-LD, the form fact-checkers publish for search
 * engines: one ClaimReview per claim with a standing verdict, as a JSON
 * array. Pure. Typed with schema-dts, narrowed to the fields this desk
 * always fills, so the type checker proves both that they are there and
 * that they are what schema.org says.
 *
 * reviewRating maps the desk's verdicts onto a 1–5 scale (worstRating 1,
 * bestRating 5), with the verdict's name as `alternateName`, which is what
 * readers and search engines show. The rating value is the machine's and
 * stays fixed; the name is for readers, so it is in the exporting editor's
 * language ("مضلِّل" from an Arabic desk, ./export-words.ts), as a
 * fact-checker publishes its ratings in its own language:
 *
 *   | verdict    | ratingValue | alternateName |
 *   | ---------- | ----------- | ------------- |
 *   | false      | 1           | False         |
 *   | misleading | 2           | Misleading    |
 *   | unproven   | 3           | Unproven      |
 *   | verified   | 5           | Verified      |
 *
 * 4 is left free for a "mostly true" the desk does not have.
 *
 * The properties are schema.org's and never translated; `inLanguage` is the
 * statement's own language ("ar" for an Arabic statement), whoever exports.
 */
import type {
  Claim,
  ClaimReview,
  CreativeWork,
  Organization,
  Person,
  Rating,
  WithContext,
} from "schema-dts";
import type { VerdictKind } from "@/db/schema";
import type { ExportClaim } from "./claim-record";

export const verdictRatingValue: Record<VerdictKind, 1 | 2 | 3 | 5> = {
  false: 1,
  misleading: 2,
  unproven: 3,
  verified: 5,
};

/** Google shows claimReviewed in a line; it asks for fewer than 75 characters. */
export const CLAIM_REVIEWED_MAX = 74;

type DeskOrganization = { "@type": "Organization"; name: string; url?: string };
type DeskPerson = { "@type": "Person"; name: string };
/** a document a claim rests on (a leaked memo): where the claim first appeared */
type DeskDocument = { "@type": "CreativeWork"; name: string };
type DeskAppearance = {
  "@type": "CreativeWork";
  headline: string;
  /** the report's address, when the desk knows it */
  url?: string;
  publisher?: DeskOrganization;
  datePublished?: string;
};

/**
 * What the desk publishes, written out as plain object types: building
 * literals straight against schema-dts's unions of several hundred types
 * costs the type checker gigabytes. The two checks below prove instead that
 * every DeskClaimReview is a schema-dts ClaimReview (types of every field,
 * `@type` of every node) and that it names no property schema.org lacks.
 */
export type DeskClaimReview = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  /** the claim's public permalink */
  url: string;
  /** the claim in fewer than 75 characters, without the verdict in it */
  claimReviewed: string;
  itemReviewed: {
    "@type": "Claim";
    name: string;
    appearance: DeskAppearance;
    datePublished?: string;
    /** who made the claim: its sources on the desk, or else the report's outlet */
    author?: DeskOrganization | DeskPerson | Array<DeskOrganization | DeskPerson>;
    firstAppearance?: DeskDocument;
  };
  reviewRating: {
    "@type": "Rating";
    ratingValue: (typeof verdictRatingValue)[VerdictKind];
    bestRating: 5;
    worstRating: 1;
    alternateName: string;
  };
  reviewBody: string;
  author: DeskOrganization & { url: string };
  /** the day the verdict was set, YYYY-MM-DD */
  datePublished: string;
  /** the language the claim's statement (claimReviewed) is written in */
  inLanguage: string;
};

export const asSchemaOrg = (review: DeskClaimReview): WithContext<ClaimReview> => review;

type OnlySchemaOrgKeys<Ours, Theirs> = [Exclude<keyof Ours, keyof Theirs>] extends [never]
  ? true
  : Exclude<keyof Ours, keyof Theirs>;
// a misspelt property fails here, naming itself
export const namesOnlySchemaOrgProperties: [
  OnlySchemaOrgKeys<DeskClaimReview, WithContext<ClaimReview>>,
  OnlySchemaOrgKeys<DeskClaimReview["itemReviewed"], Claim>,
  OnlySchemaOrgKeys<DeskAppearance, CreativeWork>,
  OnlySchemaOrgKeys<DeskClaimReview["reviewRating"], Rating>,
  OnlySchemaOrgKeys<DeskOrganization, Exclude<Organization, string>>,
  OnlySchemaOrgKeys<DeskPerson, Exclude<Person, string>>,
  OnlySchemaOrgKeys<DeskDocument, CreativeWork>,
] = [true, true, true, true, true, true, true];

/** The statement cut at a word boundary to under 75 characters, "…" marking the cut. */
export function shortenClaim(statement: string, max = CLAIM_REVIEWED_MAX): string {
  const text = statement.replace(/\s+/g, " ").trim();
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  const cut = characters.slice(0, max - 1).join("");
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/**
 * Who made the claim, as schema.org's Claim.author takes it: the people,
 * organisations and outlets it rests on on this desk ("two unnamed Taliban
 * commanders" is a Person as fact-checkers write "unnamed officials").
 * Documents are not authors; they go to firstAppearance.
 */
function claimAuthors(sources: ExportClaim["sources"]): Array<DeskOrganization | DeskPerson> {
  return sources.flatMap((source): Array<DeskOrganization | DeskPerson> => {
    if (source.kind === "person") return [{ "@type": "Person", name: source.name }];
    if (source.kind === "organisation" || source.kind === "outlet") {
      return [{ "@type": "Organization", name: source.name }];
    }
    return [];
  });
}

/** A claim's ClaimReview; null for a claim without a standing verdict (nothing to publish). */
export function toClaimReview(
  claim: ExportClaim,
  config: { organisation: string; publicUrl: string },
): DeskClaimReview | null {
  if (!claim.verdict) return null;
  const { report } = claim;
  const outlet: DeskOrganization | undefined = report.outlet
    ? { "@type": "Organization", name: report.outlet }
    : undefined;
  const appearance: DeskAppearance = { "@type": "CreativeWork", headline: report.title };
  if (report.url) appearance.url = report.url;
  if (outlet) appearance.publisher = outlet;
  if (report.publishedOn) appearance.datePublished = report.publishedOn;
  const itemReviewed: DeskClaimReview["itemReviewed"] = {
    "@type": "Claim",
    name: claim.statement,
    appearance,
  };
  if (report.publishedOn) itemReviewed.datePublished = report.publishedOn;
  const authors = claimAuthors(claim.sources);
  if (authors.length > 0) itemReviewed.author = authors.length === 1 ? authors[0] : authors;
  else if (outlet) itemReviewed.author = outlet;
  const document = claim.sources.find((source) => source.kind === "document");
  if (document) itemReviewed.firstAppearance = { "@type": "CreativeWork", name: document.name };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claim.permalink,
    claimReviewed: shortenClaim(claim.statement),
    itemReviewed,
    reviewRating: {
      "@type": "Rating",
      ratingValue: verdictRatingValue[claim.verdict.verdict],
      bestRating: 5,
      worstRating: 1,
      alternateName: claim.verdict.label,
    },
    reviewBody: claim.verdict.rationale,
    author: { "@type": "Organization", name: config.organisation, url: config.publicUrl },
    datePublished: claim.verdict.decidedAt.slice(0, 10),
    inLanguage: claim.statementLanguage,
  };
}

/** Writes the JSON array batch by batch; claims without a verdict are left out. */
export function claimReviewWriter(config: { organisation: string; publicUrl: string }) {
  let written = 0;
  return {
    open: () => "[",
    write(claims: readonly ExportClaim[]): string {
      let text = "";
      for (const claim of claims) {
        const review = toClaimReview(claim, config);
        if (!review) continue;
        text += `${written === 0 ? "\n" : ",\n"}${JSON.stringify(review)}`;
        written += 1;
      }
      return text;
    },
    close: () => (written === 0 ? "]\n" : "\n]\n"),
  };
}
