/**
 * The board filter form's values, one per field as the fields hold them
 * (text, or a checkbox's state), and the URL they stand for.
 */
import {
  boardParamNames as param,
  defaultBoardFilter,
  type BoardFilter,
} from "@/lib/claims/board-params";

export type Values = {
  q: string;
  reportId: string;
  status: string;
  verdict: string;
  entityId: string;
  sourceId: string;
  reviewerId: string;
  assignee: string;
  overdue: boolean;
  needsMyRating: boolean;
  hasContradictions: boolean;
  evidenceChanged: boolean;
  from: string;
  to: string;
  sort: string;
};

export function valuesOf(filter: BoardFilter): Values {
  return {
    q: filter.q,
    reportId: filter.reportId ? String(filter.reportId) : "",
    status: filter.status ?? "",
    verdict: filter.verdict ?? "",
    entityId: filter.entityId ? String(filter.entityId) : "",
    sourceId: filter.sourceId ? String(filter.sourceId) : "",
    reviewerId: filter.reviewerId ?? "",
    assignee: filter.assignee ?? "",
    overdue: filter.overdue,
    needsMyRating: filter.needsMyRating,
    hasContradictions: filter.hasContradictions,
    evidenceChanged: filter.evidenceChanged,
    from: filter.from ?? "",
    to: filter.to ?? "",
    sort: filter.sort,
  };
}

/** The checkboxes under "Only claims that", in the order they show and go in the URL. */
export const onlyFlags = [
  "needsMyRating",
  "hasContradictions",
  "overdue",
  "evidenceChanged",
] as const;

/** The URL for these values: empty fields and the default sort are left out, and paging starts over. */
export function hrefOf(values: Values): string {
  const params = new URLSearchParams();
  const text = (name: string, value: string) => {
    if (value.trim()) params.set(name, value.trim());
  };
  text(param.q, values.q);
  text(param.reportId, values.reportId);
  text(param.status, values.status);
  text(param.verdict, values.verdict);
  text(param.entityId, values.entityId);
  text(param.sourceId, values.sourceId);
  text(param.reviewerId, values.reviewerId);
  text(param.assignee, values.assignee);
  for (const name of onlyFlags) if (values[name]) params.set(param[name], "1");
  text(param.from, values.from);
  text(param.to, values.to);
  if (values.sort !== defaultBoardFilter.sort) params.set(param.sort, values.sort);
  const query = params.toString();
  return query ? `/claims?${query}` : "/claims";
}
