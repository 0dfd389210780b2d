import "server-only";
import { and, eq, inArray, isNull, notInArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { entities, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { readClaimPage } from "@/lib/claims/page-reads";
import { normaliseArabic } from "@/lib/text/arabic";
import { attributionLinks, guessSourceKind } from "./attribution";
import { isDeskSource } from "./desk-sources";
import { sourceKinds, type SourceKind } from "./kinds";

/** How many suggestions a card shows at most. */
export const SOURCE_SUGGESTIONS_MAX = 5;

/** How much of a name must occur in the attribution (pg_trgm word_similarity) to suggest it. */
const NAME_IN_TEXT = 0.8;

export type SourceSuggestion = {
  /** a source the desk knows, or null: a name read from the attribution, to be made */
  id: number | null;
  name: string;
  kind: SourceKind;
  /** where it was read: the attribution chain, or the report's outlet */
  from: "attribution" | "outlet";
};

/**
 * Who a claim may rest on, read from its attribution chain and its report's
 * outlet, for a reviewer to confirm with one click: the desk's sources whose
 * names occur in the attribution (Arabic folded, trigram-similar, so
 * "Nezavisimaya Gazeta's reading" finds Nezavisimaya Gazeta), people the
 * desk knows named there, the report's outlet, and, when none of those
 * covers the innermost link of the chain ("… citing two unnamed Taliban
 * commanders"), that link as a new source with a guessed kind. Sources the
 * claim already names are left out; the innermost first, since that is what
 * the claim ultimately rests on.
 */
export async function suggestClaimSources(
  actor: User,
  claimId: number,
): Promise<SourceSuggestion[]> {
  assertRole(actor, "reviewer");
  const page = await readClaimPage(claimId, actor.id);
  if (!page) return [];
  const claim = {
    attribution: page.claim.attribution,
    outlet: page.report.outlet,
    reportSourceId: page.reportSourceId,
  };

  const similarity = (text: string) =>
    sql<number>`word_similarity(desk_normalise(${entities.name}), desk_normalise(${text}))`;
  const named = page.sources;
  const found = await getDb()
    .select({
      id: entities.id,
      name: entities.name,
      kind: entities.kind,
      inAttribution: similarity(claim.attribution),
      isSource: isDeskSource,
    })
    .from(entities)
    .where(
      and(
        isNull(entities.mergedIntoId),
        inArray(entities.kind, [...sourceKinds]),
        named.length
          ? notInArray(
              entities.id,
              named.map((source) => source.id),
            )
          : undefined,
        or(
          claim.reportSourceId ? eq(entities.id, claim.reportSourceId) : undefined,
          sql`${similarity(claim.attribution)} >= ${NAME_IN_TEXT}`,
          claim.outlet ? sql`${similarity(claim.outlet)} >= ${NAME_IN_TEXT}` : undefined,
        ),
      ),
    );

  const attribution = normaliseArabic(claim.attribution);
  const where = (name: string) => attribution.lastIndexOf(normaliseArabic(name));
  const known = found
    // a person named in the chain is a source even before anyone said so; a tag alone is not
    .filter((entity) => entity.isSource || entity.kind === "person")
    .map((entity): SourceSuggestion & { at: number } => ({
      id: entity.id,
      name: entity.name,
      kind: entity.kind as SourceKind,
      from: entity.inAttribution >= NAME_IN_TEXT ? "attribution" : "outlet",
      at: entity.inAttribution >= NAME_IN_TEXT ? where(entity.name) : -1,
    }))
    .sort((a, b) => b.at - a.at || a.name.localeCompare(b.name, "en"));

  const fresh: SourceSuggestion[] = [];
  const innermost = attributionLinks(claim.attribution).at(-1);
  const covers = (link: string) =>
    [...known, ...named].some((source) =>
      normaliseArabic(link).includes(normaliseArabic(source.name)),
    );
  if (innermost && !covers(innermost)) {
    fresh.push({
      id: null,
      name: innermost,
      kind: guessSourceKind(innermost),
      from: "attribution",
    });
  }
  if (claim.outlet && !claim.reportSourceId && !covers(claim.outlet)) {
    fresh.push({ id: null, name: claim.outlet, kind: "outlet", from: "outlet" });
  }
  return [...known.map(({ at: _at, ...source }) => source), ...fresh]
    .filter((suggestion, i, all) => all.findIndex((s) => same(s.name, suggestion.name)) === i)
    .filter((suggestion) => !named.some((source) => same(source.name, suggestion.name)))
    .slice(0, SOURCE_SUGGESTIONS_MAX);
}

const same = (a: string, b: string) => normaliseArabic(a) === normaliseArabic(b);
