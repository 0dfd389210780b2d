import type { entityKind } from "@/db/schema";

export type EntityKind = (typeof entityKind.enumValues)[number];

/**
 * The schema's kinds, in the order a menu offers them (their names are the
 * `entities.kindName` catalogue's). Spelled here, not read from the schema, and
 * kept apart from the zod fields, so the tag form bundles neither; the check
 * below makes a kind added to the schema fail to compile until it is listed
 * here too.
 */
export const entityKinds = [
  "country",
  "person",
  "organisation",
  "place",
  "outlet",
  "document",
] as const satisfies readonly EntityKind[];

// every kind of the schema is in the list: a missing one makes this `false`, not `true`
const everyKindListed: [EntityKind] extends [(typeof entityKinds)[number]] ? true : false = true;
void everyKindListed;

export const ENTITY_NAME_MAX_LENGTH = 120;
