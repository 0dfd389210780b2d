/**
 * The stored-XSS spec's payloads, and their planting: entered through the
 * desk's own actions, as an author (a reviewer) and an admin would, into
 * every free-text field that is shown again. Each action must succeed, so
 * a payload is never left out by a refusal.
 */
import { expect, type APIRequestContext } from "@playwright/test";
import { readBuiltActions, type ActionName } from "../../scripts/testing/actions-inventory";
import { xssPayloads } from "../../scripts/testing/xss-payloads";
import { createAccount, withDeskDatabase } from "../support/desk";
import { callAction, formStatusOf, signedInClient, uniqueTag, type ActionFields } from "./support";

const sentinels = [
  '<img src=x onerror="window.__xss=1">',
  "<svg onload=window.__xss=1>",
  '"><img src=x onerror=window.__xss=1>',
  "<script>window.__xss=1</script>",
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<details open ontoggle="window.__xss=1">',
  "[x](javascript:window.__xss=1)",
  "</textarea></title></script><img src=x onerror=window.__xss=1>",
];
export const payloads = [...sentinels, ...xssPayloads];
// fields that hold one line of at most 120 characters (claim statements, display names)
export const shortPayloads = payloads.filter((p) => p.length <= 120 && !p.includes("\n"));

/** Runs `work` over `items`, a few at a time: fast, without flooding a two-core machine. */
async function inBatches<T>(items: readonly T[], work: (item: T, index: number) => Promise<void>) {
  for (let start = 0; start < items.length; start += 4) {
    await Promise.all(items.slice(start, start + 4).map((item, i) => work(item, start + i)));
  }
}

/**
 * Plants every payload; returns the two signed-in clients (to dispose of),
 * the viewing admin's account and the ids of what the pages show.
 */
export async function plantPayloads() {
  const ids = { mainReport: 0, otherReport: 0, claims: [] as number[], outletSource: 0 };
  const tag = uniqueTag();
  const built = new Map(readBuiltActions().map((action) => [action.exportedName, action]));
  const act = async (
    client: APIRequestContext,
    name: ActionName,
    fields: ActionFields,
    claim?: number,
  ) => {
    const answer = await callAction(client, built.get(name)!, fields, { ids: { claim } });
    // an import sends the browser on to the new report
    const expected = name === "importReportAction" ? "redirect" : "success";
    expect(formStatusOf(answer), `${name}: ${answer.body.slice(0, 300)}`).toBe(expected);
  };
  const authorAccount = await createAccount("reviewer");
  const adminAccount = await createAccount("admin");
  const author = await signedInClient(authorAccount);
  const admin = await signedInClient(adminAccount);

  // display names: the author's and the viewing admin's own, and a directory full of invitees
  await act(author, "renameOwnAccountAction", { displayName: shortPayloads[0]! });
  await act(admin, "renameOwnAccountAction", { displayName: shortPayloads[1]! });
  await inBatches(shortPayloads, (payload, i) =>
    act(admin, "inviteAccountAction", {
      email: `xss-${i}-${tag}@e2e.test`,
      displayName: payload,
      role: "reviewer",
    }),
  );

  // a report whose text holds every payload, one per paragraph, so each can be quoted
  const paragraphs = shortPayloads.map((payload, i) => `Q${i} ${tag}: ${payload}`);
  await act(author, "importReportAction", {
    title: payloads[2]!,
    outlet: payloads[3]!,
    author: payloads[4]!,
    url: "https://example.org/report",
    publishedOn: "",
    text: [`Payload report ${tag}.`, ...paragraphs, ...payloads].join("\n\n"),
  });
  // and a report per payload, for titles, outlets and authors
  await inBatches(payloads, (payload, i) =>
    act(author, "importReportAction", {
      title: payload,
      outlet: payload.slice(0, 200),
      author: payload.slice(0, 200),
      url: "",
      publishedOn: "",
      text: `Report ${i} ${tag}.\n\nNothing happened on day ${i}.`,
    }),
  );
  const reports = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ id: number; title: string }>(
      "select id, title from reports where imported_by = $1 order by id",
      [authorAccount.id],
    );
    return rows;
  });
  expect(reports).toHaveLength(payloads.length + 1);
  ids.mainReport = reports[0]!.id;
  ids.otherReport = reports[1]!.id;

  // a claim per payload: statement, quoted passage and attribution
  await inBatches(shortPayloads, (payload, i) =>
    act(author, "createClaimAction", {
      reportId: String(ids.mainReport),
      statement: payload,
      quote: paragraphs[i]!,
      attribution: payload,
      eventDate: `2023-0${1 + (i % 9)}-1${i % 10}`,
      eventDatePrecision: "day",
    }),
  );
  ids.claims = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ id: number }>(
      "select id from claims where report_id = $1 order by id",
      [ids.mainReport],
    );
    return rows.map((row) => row.id);
  });
  expect(ids.claims).toHaveLength(shortPayloads.length);
  const [showcase, second, third] = ids.claims as [number, number, number];

  // on one card: evidence and comments with every payload, a link, a rating, a retraction
  await inBatches(payloads, (payload, i) =>
    act(
      author,
      "addEvidenceAction",
      {
        claimId: String(showcase),
        url: `https://example.org/source-${i}`,
        title: payload.slice(0, 300),
        outlet: payload.slice(0, 200),
        publishedOn: "",
        archiveUrl: "",
        stance: (["supports", "contradicts", "context"] as const)[i % 3]!,
        quote: payload,
      },
      showcase,
    ),
  );
  await inBatches(payloads, (payload) =>
    act(
      author,
      "postCommentAction",
      { claimId: String(showcase), parentId: "", body: payload },
      showcase,
    ),
  );
  // the card edited twice, so its history shows payloads before and after
  for (const [version, i] of [
    [1, 11],
    [2, 12],
  ] as const) {
    await act(
      author,
      "editClaimAction",
      {
        claimId: String(showcase),
        version: String(version),
        statement: shortPayloads[i]!,
        attribution: shortPayloads[i + 1]!,
        eventDate: "2023-05-01",
        eventDatePrecision: "month",
      },
      showcase,
    );
  }
  await act(
    author,
    "addRelationAction",
    {
      claimId: String(showcase),
      otherClaimId: String(second),
      kind: "contradicts",
      note: payloads[5]!,
    },
    showcase,
  );
  // who and where: the tag shows on the card, in the board's entity menu and the export form
  await act(
    author,
    "tagClaimAction",
    { claimId: String(showcase), name: shortPayloads[14]!, kind: "person" },
    showcase,
  );
  // who it rests on: the source shows on the card, its page and the board's Source menu
  await act(
    author,
    "nameClaimSourceAction",
    { claimId: String(showcase), name: shortPayloads[15]!, kind: "person" },
    showcase,
  );
  // the main report's outlet (a payload) became a source at import; its page lists the claims
  ids.outletSource = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ source_id: number }>(
      "select source_id from report_sources where report_id = $1",
      [ids.mainReport],
    );
    return rows[0]!.source_id;
  });
  await act(
    author,
    "nameClaimSourceAction",
    { claimId: String(second), name: payloads[3]!.slice(0, 120), kind: "outlet" },
    second,
  );
  await act(
    author,
    "rateClaimAction",
    { claimId: String(showcase), reliability: "C", credibility: "3", note: payloads[6]! },
    showcase,
  );
  const evidence = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ id: number }>(
      "select id from evidence where claim_id = $1 order by id limit 3",
      [showcase],
    );
    return rows.map((row) => row.id);
  });
  await inBatches(evidence, (evidenceId, i) =>
    act(
      author,
      "retractEvidenceAction",
      { evidenceId: String(evidenceId), version: "1", reason: payloads[7 + i]! },
      showcase,
    ),
  );
  await act(
    admin,
    "setVerdictAction",
    { claimId: String(third), verdict: "misleading", rationale: `Because ${payloads[10]!}` },
    third,
  );
  return { tag, author, admin, adminAccount, ids };
}
