import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db";
import { entities, evidence, evidenceSources, sourceHosts } from "@/db/schema";
import { lockEntity } from "@/lib/entities/find-or-create";
import { sourceHost } from "@/lib/evidence/source-host";
import { escapeLike } from "@/lib/text/like";
import { isDeskSource } from "./desk-sources";
import { hostLookups } from "./hosts";

/**
 * Names the source a new evidence link is from, in the transaction that adds
 * it: the source listing the link's host (or, failing that, a parent domain
 * of it), else a source of the desk named exactly as the outlet typed with
 * the link. Returns the source, or null when neither says.
 */
export async function nameEvidenceSource(
  tx: Transaction,
  evidenceId: number,
  link: { url: string; outlet: string | null },
): Promise<{ id: number; name: string } | null> {
  const host = sourceHost(link.url);
  const [byHost] = host
    ? await tx
        .select({ sourceId: sourceHosts.sourceId })
        .from(sourceHosts)
        .where(inArray(sourceHosts.host, hostLookups(host)))
        .orderBy(desc(sql`char_length(${sourceHosts.host})`))
        .limit(1)
    : [];
  const [byName] =
    !byHost && link.outlet
      ? await tx
          .select({ sourceId: entities.id })
          .from(entities)
          .where(and(isDeskSource, sql`lower(${entities.name}) = lower(${link.outlet})`))
          .limit(1)
      : [];
  const found = byHost ?? byName;
  if (!found) return null;
  const source = await lockEntity(tx, found.sourceId);
  if (!source) return null;
  await tx.insert(evidenceSources).values({ evidenceId, sourceId: source.id });
  return { id: source.id, name: source.name };
}

/**
 * The host of an evidence link's address in SQL, folded as sourceHost folds
 * it (lower case, no "www.", no port, user or trailing dot), for giving a
 * new host's links to its source.
 */
const linkHost = sql<string>`lower(regexp_replace(
  substring(${evidence.url} from '^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)'),
  '^www\\.|\\.$', '', 'g'))`;

/**
 * Gives `sourceId` the evidence links on `hosts` (or their subdomains) that
 * name no source yet, when an editor lists a host for it. Links already
 * counted for a source keep it. Returns how many were given.
 */
export async function claimEvidenceOnHosts(
  tx: Transaction,
  sourceId: number,
  hosts: readonly string[],
): Promise<number> {
  if (hosts.length === 0) return 0;
  const onHost = sql.join(
    hosts.map(
      (host) => sql`(${linkHost} = ${host} or ${linkHost} like ${`%.${escapeLike(host)}`})`,
    ),
    sql` or `,
  );
  const given = await tx.execute(sql`
    insert into ${evidenceSources} (evidence_id, source_id)
    select ${evidence.id}, ${sourceId} from ${evidence}
    where (${onHost})
      and not exists (select 1 from ${evidenceSources} s where s.evidence_id = ${evidence.id})
    on conflict do nothing`);
  return given.rowCount ?? 0;
}

/** The link between an evidence row and its source, for reads that join it. */
export const evidenceSourceOf = eq(evidenceSources.evidenceId, evidence.id);
