/**
 * What an export covers, as it travels in a URL: the export page's form, the
 * printable page and `GET /api/export` all read the same parameters.
 *
 * - `report`: a report id; `entity`: an entity id.
 * - `from`, `to`: event dates (YYYY-MM-DD, both inclusive). A claim matches
 *   when its event (its day, month or year, by its precision) overlaps the
 *   range, as on the claim board; claims without an event date then do not.
 * - `status`: comma-separated (or repeated) verdicts and computed statuses,
 *   or `all`. An editor's standing verdict overrides the computed status, so
 *   each claim is matched by its standing verdict when it has one and by its
 *   computed status otherwise: `status=false,disputed` is the claims judged
 *   false plus the undecided claims the desk finds disputed. Without the
 *   parameter: `verified`, the claims an editor has verified.
 *
 * Pure, so the page's form and the tests share it with the route.
 */
import { z } from "zod";
import { claimStatus, verdictKind } from "@/db/schema";
import { idParam } from "@/lib/form-fields";
import type { EffectiveStatus } from "@/lib/claims/selection";

export const exportFormats = ["csv", "json", "md", "claimreview"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const verdictStatuses = verdictKind.enumValues;
export const computedStatuses = claimStatus.enumValues;
/** the standing verdict, or the computed status where none stands (lib/claims/selection.ts) */
export type ExportStatus = EffectiveStatus;
const allStatuses: readonly ExportStatus[] = [...verdictStatuses, ...computedStatuses];

export const defaultExportStatuses: ExportStatus[] = ["verified"];

export type ExportSelection = {
  reportId: number | null;
  entityId: number | null;
  /** YYYY-MM-DD */
  from: string | null;
  to: string | null;
  /** the verdicts and computed statuses to include, in a fixed order; "all" for every claim */
  statuses: ExportStatus[] | "all";
};

export const defaultExportSelection: ExportSelection = {
  reportId: null,
  entityId: null,
  from: null,
  to: null,
  statuses: defaultExportStatuses,
};

/** The parameters the selection and the API know, for "unknown parameter" answers. */
export const selectionParameters = ["report", "entity", "from", "to", "status"] as const;
export const apiParameters = ["format", ...selectionParameters] as const;

/** A parameter at fault, with a catalogue key (export.problems.…) and the values it fills in. */
export type SelectionProblem = {
  parameter: string;
  message: string;
  values: Record<string, string>;
};
export type ParsedSelection =
  { ok: true; selection: ExportSelection } | { ok: false; problems: SelectionProblem[] };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: Params, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function namesOf(params: Params): string[] {
  return params instanceof URLSearchParams ? [...new Set(params.keys())] : Object.keys(params);
}

// a real calendar day (month lengths, leap years), four-digit years as date inputs send
const isoDate = z.iso.date().refine((value) => value >= "1000-01-01");

/**
 * Reads a selection. Every problem is named by its parameter, so the API can
 * answer 400 saying which one, and the page can show it beside the field.
 * With `strict`, parameters the export does not know are problems too (a
 * script with a typo should hear about it, not get a wider export).
 */
export function parseExportSelection(
  params: Params,
  options: { strict?: boolean; known?: readonly string[] } = {},
): ParsedSelection {
  const problems: SelectionProblem[] = [];
  const known = options.known ?? selectionParameters;
  if (options.strict) {
    for (const name of namesOf(params)) {
      if (!known.includes(name)) {
        problems.push({
          parameter: name,
          message: "export.problems.unknownParameter",
          values: { name, allowed: known.join(", ") },
        });
      }
    }
  }

  const single = (name: string): string | null => {
    const values = valuesOf(params, name).filter((value) => value !== "");
    if (values.length > 1) {
      problems.push({ parameter: name, message: "export.problems.once", values: { name } });
    }
    return values[0] ?? null;
  };

  const number = (name: "report" | "entity") => {
    const raw = single(name);
    if (raw === null) return null;
    const parsed = idParam.safeParse(raw);
    if (!parsed.success) {
      problems.push({ parameter: name, message: "export.problems.notAnId", values: { name } });
      return null;
    }
    return parsed.data;
  };

  const date = (name: "from" | "to") => {
    const raw = single(name);
    if (raw === null) return null;
    if (!isoDate.safeParse(raw).success) {
      problems.push({
        parameter: name,
        message: "export.problems.notADate",
        values: { name, pattern: "YYYY-MM-DD", example: "2025-07-04" },
      });
      return null;
    }
    return raw;
  };

  const reportId = number("report");
  const entityId = number("entity");
  const from = date("from");
  const to = date("to");
  if (from && to && to < from) {
    problems.push({
      parameter: "to",
      message: "export.problems.backwards",
      values: { from, to },
    });
  }
  const statuses = parseStatuses(valuesOf(params, "status"), problems);

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, selection: { reportId, entityId, from, to, statuses } };
}

function parseStatuses(
  values: string[],
  problems: SelectionProblem[],
): ExportSelection["statuses"] {
  if (values.length === 0) return defaultExportStatuses;
  const listed = values
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
  if (listed.includes("all")) return "all";
  const unknown = listed.filter((value) => !allStatuses.includes(value as ExportStatus));
  if (unknown.length > 0) {
    problems.push({
      parameter: "status",
      message: "export.problems.unknownStatus",
      values: { status: unknown[0]!, allowed: ["all", ...allStatuses].join(", ") },
    });
  } else if (listed.length === 0) {
    problems.push({
      parameter: "status",
      message: "export.problems.noStatus",
      values: {},
    });
  }
  // a fixed order, so equal selections give equal links, file names and audit rows
  return allStatuses.filter((status) => listed.includes(status));
}

/** The selection as query parameters, leaving out what is at its default, so links stay short. */
export function selectionSearchParams(selection: ExportSelection): URLSearchParams {
  const params = new URLSearchParams();
  if (selection.reportId) params.set("report", String(selection.reportId));
  if (selection.entityId) params.set("entity", String(selection.entityId));
  if (selection.from) params.set("from", selection.from);
  if (selection.to) params.set("to", selection.to);
  if (selection.statuses === "all") params.set("status", "all");
  else if (selection.statuses.join() !== defaultExportStatuses.join()) {
    params.set("status", selection.statuses.join(","));
  }
  return params;
}

/** "verified", "false-or-disputed", "all": the part of a file name that says what is inside. */
function statusSlug(statuses: ExportSelection["statuses"]): string {
  if (statuses === "all") return "all";
  if (statuses.length > 3) return "selected";
  return statuses.map((status) => status.replace("_", "-")).join("-or-");
}

export const formatExtensions: Record<ExportFormat, string> = {
  csv: "csv",
  json: "json",
  md: "md",
  claimreview: "claimreview.jsonld",
};

/** `verified-claims-2026-11-22.csv`, `all-claims-report-3-2026-11-22.md`, … (UTC date). */
export function exportFileName(
  selection: ExportSelection,
  format: ExportFormat,
  at: Date = new Date(),
): string {
  const parts = [`${statusSlug(selection.statuses)}-claims`];
  if (selection.reportId) parts.push(`report-${selection.reportId}`);
  if (selection.entityId) parts.push(`entity-${selection.entityId}`);
  parts.push(at.toISOString().slice(0, 10));
  return `${parts.join("-")}.${formatExtensions[format]}`;
}
