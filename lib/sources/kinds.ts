import type { EntityKind } from "@/lib/entities/kinds";

/**
 * A source is who a claim ultimately rests on: an outlet, a person, an
 * organisation or a document ("Nezavisimaya Gazeta", "two unnamed Taliban
 * commanders", "leaked MoD document").
 *
 * Sources are the desk's entities, not a table of their own. The outlet a
 * claim is about and the outlet another claim rests on are one Nezavisimaya
 * Gazeta; the Bilal Karimi quoted is the Bilal Karimi tagged. Two tables
 * would hold two spellings of each name, two menus, two merges. So the
 * entity kinds gain `outlet` and `document`, and what differs is the link:
 * `claim_entities` says what a claim is about, `claim_sources` what it rests
 * on (db/schema/sources.ts). Countries and places are never sources: a
 * statement "by Pakistan" rests on its government or ministry, an
 * organisation.
 *
 * Plain data, so client forms can offer the kinds without bundling zod.
 */
export const sourceKinds = [
  "outlet",
  "person",
  "organisation",
  "document",
] as const satisfies readonly EntityKind[];
export type SourceKind = (typeof sourceKinds)[number];

export function isSourceKind(kind: EntityKind): kind is SourceKind {
  return (sourceKinds as readonly EntityKind[]).includes(kind);
}

/** Fewer decided claims than this and a source's record is "too few to judge". */
export const RECORD_MIN_DECIDED = 5;

/** Hosts a source may list (outlets with mirrors and regional sites). */
export const SOURCE_HOSTS_MAX = 20;
