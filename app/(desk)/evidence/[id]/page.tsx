import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/get-translations";
import { FlagNote } from "@/components/evidence/flag-note";
import { SnapshotList } from "@/components/evidence/snapshot-list";
import { SnapshotText } from "@/components/evidence/snapshot-text";
import { requireUser } from "@/lib/auth/current-user";
import { getEvidenceSnapshots } from "@/lib/evidence/snapshots";
import { idParam } from "@/lib/form-fields";
import { idFromParams } from "@/lib/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evidence.snapshots"))("title") };
}

/** What the desk saw on a source's page, capture by capture, each readable as text. */
export default async function EvidenceSnapshotsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ snapshot?: string }>;
}) {
  const user = await requireUser();
  const id = await idFromParams(params);
  const asked = idParam.safeParse((await searchParams).snapshot);
  const found = await getEvidenceSnapshots(user, id, asked.success ? asked.data : undefined);
  if (!found) notFound();
  const { source, snapshots, shown } = found;
  const shownSnapshot = snapshots.find((snapshot) => snapshot.id === shown?.id);
  const t = await getTranslations("evidence.snapshots");
  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm">
          <a
            href={`/claims/${source.claimId}#evidence-${source.id}`}
            className="text-accent underline"
          >
            {t("back", { id: source.claimId })}
          </a>
        </p>
        <h1 className="text-2xl font-semibold wrap-anywhere">
          {t.rich("heading", {
            title: source.title,
            bdi: (chunks) => <bdi>{chunks}</bdi>,
          })}
        </h1>
        <p className="text-sm break-all text-muted">
          <bdi dir="ltr">{source.url}</bdi>
        </p>
        {source.quote && (
          <blockquote dir="auto" className="border-s-4 border-line ps-3 font-reading">
            {source.quote}
          </blockquote>
        )}
        {source.flag && !source.retractedAt && <FlagNote flag={source.flag} />}
      </header>
      <SnapshotList evidenceId={source.id} snapshots={snapshots} shownId={shown?.id ?? null} />
      {shown?.text != null && shownSnapshot && (
        <SnapshotText snapshot={shownSnapshot} text={shown.text} quote={source.quote} />
      )}
    </article>
  );
}
