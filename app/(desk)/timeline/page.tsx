import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { TimelineChart } from "@/components/timeline/timeline-chart";
import { TimelineTable } from "@/components/timeline/timeline-table";
import { requireUser } from "@/lib/auth/current-user";
import { ENTITY_LANE_LIMIT, getTimeline, type LaneMode } from "@/lib/timeline/points";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("title") };
}

const laneSwitch: Array<{
  mode: LaneMode;
  label: "lanesByReport" | "lanesByEntity";
  href: string;
}> = [
  { mode: "report", label: "lanesByReport", href: "/timeline" },
  { mode: "entity", label: "lanesByEntity", href: "/timeline?lanes=entity" },
];

export default async function TimelinePage({
  searchParams,
}: {
  searchParams: Promise<{ lanes?: string | string[] }>;
}) {
  const user = await requireUser();
  const mode: LaneMode = (await searchParams).lanes === "entity" ? "entity" : "report";
  const [timeline, t] = await Promise.all([getTimeline(user, mode), getTranslations("timeline")]);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted">{t("intro")}</p>
        </div>
        <nav
          aria-label={t("lanesNavigation")}
          className="flex gap-1 rounded-md border border-line p-1"
        >
          {laneSwitch.map((option) => (
            <Link
              key={option.mode}
              href={option.href}
              aria-current={option.mode === mode ? "page" : undefined}
              className={`rounded px-3 py-1.5 text-sm font-medium ${
                option.mode === mode ? "bg-accent text-white" : "text-ink hover:bg-paper"
              }`}
            >
              {t(option.label)}
            </Link>
          ))}
        </nav>
      </div>

      <div role="note" className="flex flex-col gap-1 text-sm text-muted">
        <p>{t("undated", { count: timeline.undatedCount })}</p>
        {mode === "entity" && timeline.omittedEntityCount > 0 && (
          <p>
            {t("entitiesLeftOut", {
              omitted: timeline.omittedEntityCount,
              limit: ENTITY_LANE_LIMIT,
            })}
          </p>
        )}
        {timeline.claimsOutsideLanes > 0 && (
          <p>{t("outsideLanes", { count: timeline.claimsOutsideLanes })}</p>
        )}
      </div>

      {timeline.claims.length === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-white p-6 text-muted">
          {t("empty")}
        </p>
      ) : (
        <>
          <TimelineChart timeline={timeline} tableId="timeline-table" />
          <TimelineTable id="timeline-table" claims={timeline.claims} />
        </>
      )}
    </div>
  );
}
