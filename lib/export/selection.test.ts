import { describe, expect, it } from "vitest";
import { wordsOf } from "@/lib/i18n/translator";
import {
  apiParameters,
  defaultExportSelection,
  exportFileName,
  parseExportSelection,
  selectionSearchParams,
  type ParsedSelection,
} from "./selection";

const english = wordsOf("en", undefined);

/** The problems as an English reader is told them. */
const parse = (query: string, strict = true): ParsedSelection => {
  const parsed = parseExportSelection(new URLSearchParams(query), { strict, known: apiParameters });
  if (parsed.ok) return parsed;
  return {
    ok: false,
    problems: parsed.problems.map(({ parameter, message, values }) => ({
      parameter,
      message: english(message, values),
      values,
    })),
  };
};

describe("an export selection", () => {
  it("defaults to claims an editor verified", () => {
    expect(parse("format=csv")).toEqual({ ok: true, selection: defaultExportSelection });
  });

  it("reads every parameter, mixing verdicts and computed statuses in a fixed order", () => {
    expect(parse("report=3&entity=7&from=2025-01-01&to=2025-06-30&status=disputed,false")).toEqual({
      ok: true,
      selection: {
        reportId: 3,
        entityId: 7,
        from: "2025-01-01",
        to: "2025-06-30",
        statuses: ["false", "disputed"],
      },
    });
    // repeated, as a form's checkboxes send it
    const repeated = parse("status=verified&status=in_review");
    expect(repeated.ok && repeated.selection.statuses).toEqual(["verified", "in_review"]);
    const all = parse("status=verified,all");
    expect(all.ok && all.selection.statuses).toBe("all");
  });

  it("names the parameter of each problem, with the allowed values", () => {
    const problems = (query: string) => {
      const parsed = parse(query);
      return parsed.ok
        ? []
        : parsed.problems.map(({ parameter, message }) => ({ parameter, message }));
    };
    expect(problems("status=true")).toEqual([
      {
        parameter: "status",
        message: expect.stringContaining("Allowed: all, verified, false, misleading, unproven"),
      },
    ]);
    expect(problems("status=")).toEqual([
      { parameter: "status", message: "Choose at least one verdict or status, or all." },
    ]);
    expect(problems("report=abc")[0]?.parameter).toBe("report");
    expect(problems("entity=0")[0]?.parameter).toBe("entity");
    expect(problems("from=2025-02-30")[0]?.parameter).toBe("from");
    expect(problems("to=yesterday")[0]?.parameter).toBe("to");
    expect(problems("report=1&report=2")[0]).toEqual({
      parameter: "report",
      message: "Give report once.",
    });
    expect(problems("reprot=1")[0]).toEqual({
      parameter: "reprot",
      message: "Unknown parameter “reprot”. Allowed: format, report, entity, from, to, status.",
    });
  });

  it("refuses a date range that runs backwards", () => {
    expect(parse("from=2025-06-30&to=2025-01-01")).toEqual({
      ok: false,
      problems: [
        {
          parameter: "to",
          message: "The date range runs backwards: to (2025-01-01) is before from (2025-06-30).",
          values: { from: "2025-06-30", to: "2025-01-01" },
        },
      ],
    });
    const arabic = parseExportSelection(new URLSearchParams("report=abc"));
    expect(
      !arabic.ok &&
        wordsOf("ar", undefined)(arabic.problems[0]!.message, arabic.problems[0]!.values),
    ).toBe("يجب أن تكون قيمة report معرّف تقرير (عددًا صحيحًا).");
    expect(parse("from=2025-06-30&to=2025-06-30").ok).toBe(true);
  });

  it("ignores unknown parameters when not strict (the page's own query string)", () => {
    expect(parse("preview=1", false).ok).toBe(true);
  });

  it("round-trips through its query string, leaving defaults out", () => {
    expect(selectionSearchParams(defaultExportSelection).toString()).toBe("");
    const selection = {
      reportId: 3,
      entityId: null,
      from: "2025-01-01",
      to: null,
      statuses: ["false" as const, "disputed" as const],
    };
    const query = selectionSearchParams(selection).toString();
    expect(query).toBe("report=3&from=2025-01-01&status=false%2Cdisputed");
    expect(parse(query)).toEqual({ ok: true, selection });
  });

  it("gives downloads names that say what is inside and when", () => {
    const at = new Date("2026-11-22T23:30:00Z");
    expect(exportFileName(defaultExportSelection, "csv", at)).toBe(
      "verified-claims-2026-11-22.csv",
    );
    expect(
      exportFileName(
        { ...defaultExportSelection, reportId: 3, statuses: ["false", "weakly_sourced"] },
        "md",
        at,
      ),
    ).toBe("false-or-weakly-sourced-claims-report-3-2026-11-22.md");
    expect(exportFileName({ ...defaultExportSelection, statuses: "all" }, "claimreview", at)).toBe(
      "all-claims-2026-11-22.claimreview.jsonld",
    );
  });
});
