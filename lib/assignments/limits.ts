/** At most this many claims in one assignment: a larger selection is a filter to narrow. */
export const MAX_CLAIMS_PER_ASSIGNMENT = 500;
