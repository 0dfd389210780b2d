import type { LinkRefusal } from "./account-tokens";

/** Why a one-time link does not work, in words for the person holding it. */
export const linkRefusalMessages: Record<LinkRefusal, { title: string; detail: string }> = {
  unknown: {
    title: "This link is not valid",
    detail:
      "This link is not valid. Check that you copied all of it, or ask an admin for a new one.",
  },
  used: {
    title: "This link has already been used",
    detail:
      "This link has already been used. Sign in with your password, or ask an admin for a new link.",
  },
  expired: {
    title: "This link has expired",
    detail: "This link has expired or was replaced by a newer one. Ask an admin for a new link.",
  },
  deactivated: {
    title: "This account is deactivated",
    detail: "The account this link belongs to is deactivated. Ask an admin if that is a mistake.",
  },
};
