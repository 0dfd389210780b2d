/**
 * The longest headline a card shows on one line of the board. Its own module
 * so the browser's claim form can count characters without loading zod.
 */
export const STATEMENT_MAX_LENGTH = 120;
