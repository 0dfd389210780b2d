/** A rating note's limit, apart from the zod fields so the rating form can show it without bundling zod. */
export const RATING_NOTE_MAX_LENGTH = 2000;
