/**
 * The sources list's choices as they travel in the URL (/sources?sort=…),
 * plain data so its form can name them; parsing is in ./list.ts.
 */
export const sourceSorts = ["claims", "verified", "false", "name"] as const;
export type SourceSort = (typeof sourceSorts)[number];

// each sort is named by the catalogue: sourcesPage.sort

export const SOURCES_PAGE_SIZE = 50;
