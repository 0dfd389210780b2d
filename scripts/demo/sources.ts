/**
 * Who the demo claims rest on: the outlets the five reports cite and the
 * unnamed people and leaked documents behind them, so the sources list, the
 * source pages and the record beside the reliability letters have content
 * on first start. Names the corpus already knows as entities (Nezavisimaya
 * Gazeta, Bilal Karimi, …) are the same entities; hosts are only those the
 * reports themselves give or link to.
 *
 * Each claim's sources are read from its attribution chain by the rules
 * below, written for these attributions (sources.test.ts proves every demo
 * claim gets one), rather than listed claim by claim: a claim added to the
 * corpus with a familiar attribution finds its sources.
 */
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import * as schema from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { recordClaimChange } from "@/lib/claims/record-change";
import { demoClaims } from "./claims";
import { claimIdOf, type DemoDesk } from "./steps/desk";
import type { EntityKind } from "./types";

type DemoSourceKind = Extract<EntityKind, "outlet" | "person" | "organisation" | "document">;

export type DemoSource = { key: string; name: string; kind: DemoSourceKind; hosts?: string[] };

export const demoSources: DemoSource[] = [
  // outlets and organisations the reports cite or are published by
  { key: "ng", name: "Nezavisimaya Gazeta", kind: "outlet", hosts: ["ng.ru"] },
  { key: "wapo", name: "The Washington Post", kind: "outlet", hosts: ["washingtonpost.com"] },
  { key: "wsj", name: "The Wall Street Journal", kind: "outlet", hosts: ["wsj.com"] },
  { key: "politico", name: "Politico", kind: "outlet", hosts: ["politico.com"] },
  { key: "euronews", name: "Euronews", kind: "outlet", hosts: ["euronews.com"] },
  { key: "afintl", name: "Afghanistan International", kind: "outlet", hosts: ["afintl.com"] },
  { key: "ultra-sawt", name: "Ultra Sawt", kind: "outlet" },
  {
    key: "knowledge-center",
    name: "Knowledge Center for Strategy Researches and Studies",
    kind: "organisation",
    // the position paper gives info@almarfacenter.org as its contact
    hosts: ["almarfacenter.org"],
  },
  { key: "un", name: "United Nations", kind: "organisation" },
  { key: "taliban", name: "Taliban", kind: "organisation" },
  { key: "unnamed-news-site", name: "Unnamed Arabic news site", kind: "outlet" },
  { key: "analysis-page", name: "Unnamed Arabic analysis page", kind: "outlet" },
  // documents
  {
    key: "mod-document",
    name: "Leaked Taliban defence-ministry document of 13 September 2025",
    kind: "document",
  },
  {
    key: "gdi-document",
    name: "Leaked Taliban intelligence directorate document",
    kind: "document",
  },
  // people, named and unnamed
  { key: "taliban-commanders", name: "Two unnamed Taliban commanders", kind: "person" },
  {
    key: "pakistani-official",
    name: "Unnamed Pakistani foreign-ministry official",
    kind: "person",
  },
  { key: "us-officials", name: "Unnamed US officials", kind: "person" },
  { key: "afghan-sources", name: "Unnamed Afghan sources", kind: "person" },
  { key: "experts", name: "Unnamed experts", kind: "person" },
  { key: "bilal-karimi", name: "Bilal Karimi", kind: "person" },
  { key: "zamir-kabulov", name: "Zamir Kabulov", kind: "person" },
  { key: "frank-mckenzie", name: "Frank McKenzie", kind: "person" },
  { key: "joe-biden", name: "Joe Biden", kind: "person" },
  { key: "vladimir-putin", name: "Vladimir Putin", kind: "person" },
];

/** Attribution wording → the sources it names; a claim rests on every source its rules give. */
export const demoSourceRules: Array<[RegExp, string[]]> = [
  [/Nezavisimaya Gazeta/, ["ng"]],
  [/defence-ministry document|document signed by the Taliban defence minister/, ["mod-document"]],
  [/General Directorate of Intelligence document/, ["gdi-document"]],
  [/unnamed Afghan (?:observers|sources?)/, ["afghan-sources"]],
  [/Washington Post/, ["wapo"]],
  [/unnamed Taliban commanders?\b/, ["taliban-commanders"]],
  [/Bilal Karimi/, ["bilal-karimi"]],
  [/Pakistani foreign-ministry official/, ["pakistani-official"]],
  [/unnamed US officials|US-official sources|citing US media/, ["us-officials"]],
  [/United Nations/, ["un"]],
  [/no source given for this figure/, ["unnamed-news-site"]],
  [/unnamed experts/, ["experts"]],
  [/^Arabic analysis page \(unnamed author\)/, ["analysis-page"]],
  [/paraphrasing Vladimir Putin/, ["vladimir-putin"]],
  [/paraphrasing the Taliban/, ["taliban"]],
  [/^Knowledge Center .*(?:\(Amr El-Metwally\)|citing unnamed reports)/, ["knowledge-center"]],
  [/Zamir Kabulov/, ["zamir-kabulov"]],
  [/Afghanistan International/, ["afintl"]],
  [/Euronews/, ["euronews"]],
  [/Wall Street Journal/, ["wsj"]],
  [
    /^Ultra Sawt(?: \(translation team(?:; no source given)?\)$| \(pull-quote caption\)|, "read also")/,
    ["ultra-sawt"],
  ],
  [/Politico/, ["politico"]],
  [/McKenzie/, ["frank-mckenzie"]],
  [/President Biden/, ["joe-biden"]],
];

/** The keys of the sources a demo attribution names, in the rules' order, each once. */
export function demoSourcesOf(attribution: string): string[] {
  const keys = demoSourceRules.flatMap(([rule, named]) => (rule.test(attribution) ? named : []));
  return [...new Set(keys)];
}

/** The outlet (or organisation) each demo report was published by, where the report says. */
export const demoReportOutlets: Record<string, string> = {
  r003: "knowledge-center",
  r004: "ultra-sawt",
};

/**
 * The seed's step: the sources (reusing the corpus's entities of the same
 * name, made outlets where they are), their hosts, each report's outlet and
 * each claim's sources, audited as the app audits them (entity.create,
 * report.set_source, claim.add_source on each card), with no actor: the desk
 * itself loaded them. Run after the claims and before any evidence, so
 * evidence on a listed host is counted as that source's.
 */
export async function seedDemoSources(desk: DemoDesk) {
  const db = getDb();
  const sourceIds = new Map<string, number>();
  for (const source of demoSources) {
    const [known] = await db
      .select({ id: schema.entities.id })
      .from(schema.entities)
      .where(sql`lower(${schema.entities.name}) = lower(${source.name})`);
    let id = known?.id;
    if (id === undefined) {
      const [made] = await db
        .insert(schema.entities)
        .values({ name: source.name, kind: source.kind })
        .returning({ id: schema.entities.id });
      id = made!.id;
      await recordAudit(db, {
        actorId: null,
        action: "entity.create",
        entityType: "entity",
        entityId: id,
        after: { name: source.name, kind: source.kind, source: "demo seed" },
      });
    }
    sourceIds.set(source.key, id);
    if (source.hosts?.length) {
      await db
        .insert(schema.sourceHosts)
        .values(source.hosts.map((host) => ({ host, sourceId: id })));
    }
  }
  const idOf = (key: string) => {
    const id = sourceIds.get(key);
    if (id === undefined) throw new Error(`Unknown demo source "${key}"`);
    return id;
  };

  for (const [reportKey, sourceKey] of Object.entries(demoReportOutlets)) {
    const reportId = desk.reportIds.get(reportKey);
    if (reportId === undefined)
      throw new Error(`The demo data names the report "${reportKey}", which is not seeded.`);
    await db.insert(schema.reportSources).values({ reportId, sourceId: idOf(sourceKey) });
    await recordAudit(db, {
      actorId: null,
      action: "report.set_source",
      entityType: "report",
      entityId: reportId,
      before: null,
      after: { sourceId: idOf(sourceKey), source: "demo seed" },
    });
  }

  for (const claim of demoClaims) {
    const claimId = claimIdOf(desk, claim.key);
    for (const key of demoSourcesOf(claim.attribution)) {
      const source = demoSources.find((candidate) => candidate.key === key)!;
      await db.insert(schema.claimSources).values({ claimId, sourceId: idOf(key) });
      await recordClaimChange(db, {
        actorId: null,
        action: "claim.add_source",
        claimId,
        before: null,
        after: { entityId: idOf(key), source: source.name, kind: source.kind },
      });
    }
  }
}
