import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { xssPayloads } from "../../scripts/testing/xss-payloads";
import {
  readBuiltActions,
  type ActionName,
  type BuiltAction,
} from "../../scripts/testing/actions-inventory";
import { baseURL } from "../../playwright.config";
import { createAccount, withDeskDatabase } from "../support/desk";
import { signIn } from "../support/sign-in";
import { callAction, formStatusOf, signedInClient, uniqueTag, type ActionFields } from "./support";

/**
 * Stored XSS: the classic payloads (scripts/testing/xss-payloads.ts) plus a few
 * that set `window.__xss` instead of calling alert, entered through the
 * desk's own actions into every free-text field that is shown again: claim
 * statements and attributions (made and edited), quotes (pasted, so looked
 * up in the report text), comments, evidence titles, outlets and quotes,
 * report titles, outlets and authors, display names, link notes, rating
 * notes, verdict rationales and retraction reasons. Then every page that
 * shows them is opened in Chromium with the Content-Security-Policy switched
 * off, so that escaping alone is on trial: no dialog may open, the sentinel
 * must stay unset, no element may carry an event handler or a script URL,
 * and the payloads must be on the page as the text that was typed.
 */

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
const payloads = [...sentinels, ...xssPayloads];
// fields that hold one line of at most 120 characters (claim statements, display names)
const shortPayloads = payloads.filter((p) => p.length <= 120 && !p.includes("\n"));

let tag: string;
let built: Map<string, BuiltAction>;
let author: APIRequestContext;
let admin: APIRequestContext;
let adminAccount: Awaited<ReturnType<typeof createAccount>>;
const ids = { mainReport: 0, otherReport: 0, claims: [] as number[], outletSource: 0 };

/** Runs `work` over `items`, a few at a time: fast, without flooding a two-core machine. */
async function inBatches<T>(items: readonly T[], work: (item: T, index: number) => Promise<void>) {
  for (let start = 0; start < items.length; start += 4) {
    await Promise.all(items.slice(start, start + 4).map((item, i) => work(item, start + i)));
  }
}

async function act(
  client: APIRequestContext,
  name: ActionName,
  fields: ActionFields,
  claim?: number,
) {
  const answer = await callAction(client, built.get(name)!, fields, { ids: { claim } });
  // an import sends the browser on to the new report
  const expected = name === "importReportAction" ? "redirect" : "success";
  expect(formStatusOf(answer), `${name}: ${answer.body.slice(0, 300)}`).toBe(expected);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  tag = uniqueTag();
  built = new Map(readBuiltActions().map((action) => [action.exportedName, action]));
  const authorAccount = await createAccount("reviewer");
  adminAccount = await createAccount("admin");
  author = await signedInClient(authorAccount);
  admin = await signedInClient(adminAccount);

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
});

test.afterAll(async () => {
  await author?.dispose();
  await admin?.dispose();
});

/** Everything on the page that could run script, as the browser parsed it. */
function scriptCarriers() {
  const found: string[] = [];
  // data: is allowed only as plain text (the audit log offers its head as a data:text/plain file)
  const scriptUrl = /^(javascript:|vbscript:|data:(?!text\/plain[;,]))/i;
  // React's own placeholder on a form whose action is a client function, never user text
  const reactFormGuard =
    /^javascript:throw new Error\('(A )?React form (was )?unexpectedly submitted\./;
  for (const element of Array.from(document.querySelectorAll("*"))) {
    const tagName = element.tagName.toLowerCase();
    if (["iframe", "frame", "object", "embed", "base", "applet"].includes(tagName)) {
      found.push(`<${tagName}>`);
    }
    if (tagName === "meta" && element.hasAttribute("http-equiv")) found.push("<meta http-equiv>");
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) found.push(`<${tagName} ${name}>`);
      if (name === "action" && reactFormGuard.test(attribute.value)) continue;
      const value = attribute.value.replace(/[\u0000-\u0020]/g, "");
      if (/^(href|src|action|formaction|data|srcdoc|xlink:href|poster|background)$/.test(name)) {
        if (name === "srcdoc" || scriptUrl.test(value)) found.push(`<${tagName} ${name}=${value}>`);
      }
    }
  }
  // Next's own inline scripts push the page's data (payloads included, escaped) to self.__next_f
  for (const script of Array.from(document.scripts)) {
    if (
      !script.src &&
      !script.text.trimStart().startsWith("self.__next_f") &&
      /alert|__xss/.test(script.text)
    ) {
      found.push(`<script>${script.text.slice(0, 80)}`);
    }
  }
  return found;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Opens `path` and checks that nothing ran; returns how many payloads it shows as text. */
async function visit(page: Page, path: string, dialogs: string[]): Promise<number> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // hovering and focusing would fire handlers that only wait for a person
  await page.mouse.move(200, 300);
  await page.keyboard.press("Tab");
  expect(dialogs, `${path}: a dialog opened`).toEqual([]);
  expect(
    await page.evaluate(() => (window as { __xss?: unknown }).__xss),
    `${path}: sentinel`,
  ).toBeUndefined();
  expect(await page.evaluate(scriptCarriers), path).toEqual([]);
  const text = squash(await page.evaluate(() => document.body.innerText));
  return payloads.filter((payload) => text.includes(squash(payload))).length;
}

test("no payload runs on any page that shows them", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL, bypassCSP: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await signIn(page, adminAccount.email, adminAccount.password);

  const [showcase, second] = ids.claims as [number, number];
  // the page, and how many payloads it must show as plain text (at least 30 where a field repeats)
  const pages: [string, number][] = [
    [`/claims?report=${ids.mainReport}`, 30],
    [`/claims?report=${ids.mainReport}&page=2`, 1],
    [`/claims/${showcase}`, 30],
    [`/claims/${second}`, 1],
    [`/claims/${showcase}/compare/${second}`, 1],
    // the desk's possible duplicates and contradictions show statements, when any pair qualifies
    ["/claims/pairs", 0],
    [`/reports/${ids.mainReport}`, 30],
    [`/reports/${ids.otherReport}`, 1],
    ["/reports", 30],
    ["/timeline", 1],
    [`/sources/${ids.outletSource}`, 1],
    ["/dashboard", 1],
    [`/admin/users?q=${tag}`, 30],
    ["/admin/audit", 1],
    [`/export?report=${ids.mainReport}&status=all`, 1],
    ["/account", 1],
  ];
  for (const [path, atLeast] of pages) {
    const shown = await visit(page, path, dialogs);
    expect(shown, `${path} shows the payloads as text`).toBeGreaterThanOrEqual(atLeast);
  }

  // the comments' Markdown links and images: none may point anywhere but the web
  await page.goto(`/claims/${showcase}`);
  const links = await page
    .locator("a[href], img[src]")
    .evaluateAll((elements) =>
      elements.map((element) => element.getAttribute("href") ?? element.getAttribute("src") ?? ""),
    );
  for (const link of links) expect(link).toMatch(/^(https?:\/\/|\/|#|mailto:|\?)/);
  await context.close();
});
