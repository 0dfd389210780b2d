import type { entityKind } from "@/db/schema";

export type EntityKind = (typeof entityKind.enumValues)[number];

/**
 * Each of the schema's kinds as a menu reads it. Spelled here, not read from
 * the schema, and kept apart from the zod fields, so the tag form bundles
 * neither; the Record type makes a kind added to the schema fail to compile
 * until it is named here too.
 */
export const entityKindLabels: Record<EntityKind, string> = {
  country: "Country",
  person: "Person",
  organisation: "Organisation",
  place: "Place",
  outlet: "Outlet",
  document: "Document",
};
export const entityKinds = Object.keys(entityKindLabels) as [EntityKind, ...EntityKind[]];

export const ENTITY_NAME_MAX_LENGTH = 120;
