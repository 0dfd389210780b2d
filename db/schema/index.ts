/**
 * Every table of the desk, one file per part of it. TypeScript keys are
 * camelCase, SQL names snake_case.
 * Changes go through `npm run db:generate`, which writes a migration into
 * db/migrations; the audit trail's triggers and the app role's grants live in
 * hand-written migrations beside the generated ones.
 */

export * from "./enums";
export * from "./accounts";
export * from "./reports";
export * from "./claims";
export * from "./review";
export * from "./snapshots";
export * from "./discussion";
export * from "./audit";
export * from "./pairs";
export * from "./relations";
export * from "./notifications";
export * from "./assignments";
export * from "./sources";
