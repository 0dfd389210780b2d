/**
 * Reading the claim board's filter from the URL and writing it back. Parsing
 * never fails: a value that does not parse (a hand-edited link, a report
 * since deleted) is dropped, and the board shows what the rest of the link
 * asks for.
 */
import { z } from "zod";
import { claimStatus, verdictKind } from "@/db/schema";
import { idParam } from "@/lib/form-fields";
import { normaliseArabic } from "@/lib/text/arabic";
import {
  boardParamNames as param,
  boardSorts,
  defaultBoardFilter,
  type BoardFilter,
} from "./board-params";

export * from "./board-params";

/** Longer queries are cut: nobody types more, and each term is one more index condition. */
export const SEARCH_MAX_LENGTH = 200;
export const SEARCH_MAX_TERMS = 8;

// a real calendar day (z.iso.date checks month lengths and leap years), so
// Postgres never sees "2024-02-30"; four-digit years, as date inputs send
const isoDate = z.iso.date().refine((value) => value >= "1000-01-01");
const flag = z.enum(["1", "on", "true"]).transform(() => true);

const schema = z.object({
  q: z
    .string()
    .transform((value) => value.trim().slice(0, SEARCH_MAX_LENGTH))
    .catch(""),
  reportId: idParam.nullable().catch(null),
  status: z.enum(claimStatus.enumValues).nullable().catch(null),
  verdict: z
    .enum([...verdictKind.enumValues, "none"])
    .nullable()
    .catch(null),
  entityId: idParam.nullable().catch(null),
  sourceId: idParam.nullable().catch(null),
  reviewerId: z.uuid().nullable().catch(null),
  assignee: z
    .union([z.enum(["me", "none"]), z.uuid()])
    .nullable()
    .catch(null),
  overdue: flag.catch(false),
  needsMyRating: flag.catch(false),
  hasContradictions: flag.catch(false),
  evidenceChanged: flag.catch(false),
  from: isoDate.nullable().catch(null),
  to: isoDate.nullable().catch(null),
  sort: z.enum(boardSorts).catch("newest"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type SearchParams = Record<string, string | string[] | undefined>;

/** Reads the board's filter from Next's `searchParams` (the first value of a repeated name). */
export function parseBoardFilter(searchParams: SearchParams): BoardFilter {
  const raw = Object.fromEntries(
    Object.entries(param).map(([key, name]) => {
      const value = searchParams[name];
      const first = Array.isArray(value) ? value[0] : value;
      // an empty field of a submitted form means "any"
      return [key, first === "" ? undefined : first];
    }),
  );
  return schema.parse(raw);
}

/** The query string for a filter, leaving out what is at its default, so links stay short. */
export function boardQueryString(filter: BoardFilter): string {
  const params = new URLSearchParams();
  if (filter.q) params.set(param.q, filter.q);
  if (filter.reportId) params.set(param.reportId, String(filter.reportId));
  if (filter.status) params.set(param.status, filter.status);
  if (filter.verdict) params.set(param.verdict, filter.verdict);
  if (filter.entityId) params.set(param.entityId, String(filter.entityId));
  if (filter.sourceId) params.set(param.sourceId, String(filter.sourceId));
  if (filter.reviewerId) params.set(param.reviewerId, filter.reviewerId);
  if (filter.assignee) params.set(param.assignee, filter.assignee);
  if (filter.overdue) params.set(param.overdue, "1");
  if (filter.needsMyRating) params.set(param.needsMyRating, "1");
  if (filter.hasContradictions) params.set(param.hasContradictions, "1");
  if (filter.evidenceChanged) params.set(param.evidenceChanged, "1");
  if (filter.from) params.set(param.from, filter.from);
  if (filter.to) params.set(param.to, filter.to);
  if (filter.sort !== defaultBoardFilter.sort) params.set(param.sort, filter.sort);
  if (filter.page > 1) params.set(param.page, String(filter.page));
  return params.toString();
}

export function boardHref(filter: BoardFilter): string {
  const query = boardQueryString(filter);
  return query ? `/claims?${query}` : "/claims";
}

/** True when anything narrows the board (sorting and paging do not). */
export function isFiltered(filter: BoardFilter): boolean {
  return Boolean(
    filter.q ||
    filter.reportId ||
    filter.status ||
    filter.verdict ||
    filter.entityId ||
    filter.sourceId ||
    filter.reviewerId ||
    filter.assignee ||
    filter.overdue ||
    filter.needsMyRating ||
    filter.hasContradictions ||
    filter.evidenceChanged ||
    filter.from ||
    filter.to,
  );
}

/**
 * The search split into terms, each folded with normaliseArabic (the same
 * folding desk_normalise gives claims.search_text). Every term must occur in
 * a claim, in any order: "روسيا اعتراف" finds "اعتراف روسيا" too. Terms
 * are matched as substrings, so an Arabic word is found with its attached
 * prefixes (و، ب، ال) and an English stem finds its longer forms. Quoted
 * words are searched as words: "air support" finds what air support does.
 * A term written with a leading minus must not occur: "Taliban -China", as
 * in the search engines a desk already uses.
 */
export function searchTerms(query: string): { include: string[]; exclude: string[] } {
  // quotation marks, typed as if for a phrase search, are not part of any word
  const folded = normaliseArabic(query.replace(/["“”„«»]/g, " "));
  const words = folded ? [...new Set(folded.split(" "))].slice(0, SEARCH_MAX_TERMS) : [];
  const excluded = (word: string) => word.length > 1 && word.startsWith("-");
  return {
    include: words.filter((word) => !excluded(word)),
    exclude: words.filter(excluded).map((word) => word.slice(1)),
  };
}
