/**
 * The sources list's choices as they travel in the URL (/sources?sort=…),
 * plain data so its form can name them; parsing is in ./list.ts.
 */
export const sourceSorts = ["claims", "verified", "false", "name"] as const;
export type SourceSort = (typeof sourceSorts)[number];

export const sourceSortLabels: Record<SourceSort, string> = {
  claims: "Most claims",
  verified: "Record: most often verified",
  false: "Record: most often false or misleading",
  name: "Name",
};

export const SOURCES_PAGE_SIZE = 50;
