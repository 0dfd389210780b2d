/**
 * The three roles are cumulative: an editor can do all a reviewer can, an
 * admin all an editor can. Pure, so the navigation can use it too.
 */
export const roles = ["reviewer", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

export function hasRole(actual: Role, required: Role): boolean {
  return roles.indexOf(actual) >= roles.indexOf(required);
}

export const roleLabels: Record<Role, string> = {
  reviewer: "Reviewer",
  editor: "Editor",
  admin: "Admin",
};
