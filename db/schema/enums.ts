/** The enum types of the desk's tables. */
import { pgEnum } from "drizzle-orm/pg-core";
import { verdictKinds } from "./verdict-kinds";

export const userRole = pgEnum("user_role", ["reviewer", "editor", "admin"]);
/** Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const reliabilityGrade = pgEnum("reliability_grade", ["A", "B", "C", "D", "E", "F"]);
export const claimStatus = pgEnum("claim_status", [
  "unreviewed",
  "in_review",
  "well_sourced",
  "weakly_sourced",
  "disputed",
  "mixed",
]);
export const evidenceStance = pgEnum("evidence_stance", ["supports", "contradicts", "context"]);
/**
 * What the desk's checks of a source's page found changed: the page is gone
 * (404 or 410, or not fetched at two checks in a row), or the quote it was
 * seen with is no longer on it.
 */
export const evidenceFlag = pgEnum("evidence_flag", ["page_gone", "quote_lost"]);
export const relationKind = pgEnum("relation_kind", ["same_as", "corroborates", "contradicts"]);
/** What the desk proposes about a pair of claims: the same claim twice, or a contradiction. */
export const pairProposalKind = pgEnum("pair_proposal_kind", ["duplicate", "contradiction"]);
export const verdictKind = pgEnum("verdict_kind", verdictKinds);
/** Who and where a claim is about, and who it rests on: outlets and documents are sources only. */
export const entityKind = pgEnum("entity_kind", [
  "country",
  "person",
  "organisation",
  "place",
  "outlet",
  "document",
]);
export const anchorState = pgEnum("anchor_state", ["anchored", "unanchored", "orphaned"]);
export const datePrecision = pgEnum("date_precision", ["day", "month", "year"]);
/** An account's interface language (lib/i18n/languages.ts); null: follow the browser. */
export const interfaceLanguage = pgEnum("interface_language", ["en", "ar"]);
/** How an account's numbers are written: Western digits (the desk's convention) or Arabic-Indic. */
export const digitStyle = pgEnum("digit_style", ["western", "arabic_indic"]);
export const accountTokenPurpose = pgEnum("account_token_purpose", ["invite", "password_reset"]);

export type Role = (typeof userRole.enumValues)[number];
export type ClaimStatus = (typeof claimStatus.enumValues)[number];
export type ReliabilityGrade = (typeof reliabilityGrade.enumValues)[number];
export type VerdictKind = (typeof verdictKind.enumValues)[number];
export type EvidenceFlag = (typeof evidenceFlag.enumValues)[number];
/** What a notification is about. */
export const notificationKind = pgEnum("notification_kind", [
  "mentioned",
  "comment_reply",
  "watched_comment",
  "watched_rating",
  "watched_evidence",
  "watched_contradiction",
  "watched_verdict_set",
  "watched_verdict_reopened",
  "watched_evidence_changed",
  "assigned",
  "unassigned",
  "assignment_due_tomorrow",
  "assignment_overdue",
  "assigned_claim_locked",
]);
/** How a person wants to hear of one kind of notification by email. */
export const emailDelivery = pgEnum("email_delivery", ["immediate", "digest", "off"]);
/** Why a person watches a claim: their own work on it, or their choice on the card. */
export const watchReason = pgEnum("watch_reason", [
  "author",
  "rated",
  "commented",
  "assigned",
  "chose",
]);

export type NotificationKind = (typeof notificationKind.enumValues)[number];
export type EmailDelivery = (typeof emailDelivery.enumValues)[number];
export type WatchReason = (typeof watchReason.enumValues)[number];
export type PairProposalKind = (typeof pairProposalKind.enumValues)[number];
