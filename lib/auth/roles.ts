/**
 * The three roles are cumulative: an editor can do all a reviewer can, an
 * admin all an editor can. Pure, so the navigation can use it too.
 */
export const roles = ["reviewer", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

export function hasRole(actual: Role, required: Role): boolean {
  return roles.indexOf(actual) >= roles.indexOf(required);
}

/**
 * The desk's rule for a piece of someone's work (a card's wording, an
 * evidence link, a link between claims, a comment's removal): its author may
 * change it, and so may any editor. The permission modules of each domain
 * (lib/<domain>/permissions.ts) name it for their thing.
 */
export function isAuthorOrEditor(
  actor: { id: string; role: Role },
  authorId: string | null,
): boolean {
  return authorId === actor.id || hasRole(actor.role, "editor");
}
