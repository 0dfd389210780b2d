/**
 * The chart's marks and their key: a marker's shape tells how precisely the
 * event is dated, its colour the claim's status.
 */
import { useTranslations } from "@/lib/i18n/use-translations";
import { claimStatusOrder, claimStatusStyle } from "@/components/claims/status-badge";
import type { DatePrecision } from "@/lib/timeline/layout";

/** Filled circle: a day. Hollow circle: a month. Hollow diamond: a year. */
export function Marker({
  x,
  y,
  precision,
  fill,
  stroke,
}: {
  x: number;
  y: number;
  precision: DatePrecision;
  fill: string;
  stroke: string;
}) {
  if (precision === "day")
    return <circle cx={x} cy={y} r={6} stroke="white" strokeWidth={1.5} className={fill} />;
  if (precision === "month")
    return <circle cx={x} cy={y} r={5.25} strokeWidth={2.5} className={`fill-white ${stroke}`} />;
  return (
    <path
      d={`M ${x} ${y - 7} L ${x + 7} ${y} L ${x} ${y + 7} L ${x - 7} ${y} Z`}
      strokeWidth={2.5}
      strokeLinejoin="round"
      className={`fill-white ${stroke}`}
    />
  );
}

export function TimelineLegend() {
  const t = useTranslations("timeline");
  const vocab = useTranslations("vocab");
  const precisions: Array<{ precision: DatePrecision; label: string }> = [
    { precision: "day", label: vocab("precision.day") },
    { precision: "month", label: t("precisionMonth") },
    { precision: "year", label: t("precisionYear") },
  ];
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
      <ul aria-label={t("statusColours")} className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {claimStatusOrder.map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <LegendSwatch>
              <circle cx={9} cy={9} r={6} className={claimStatusStyle[status].markerFill} />
            </LegendSwatch>
            {vocab(`status.${status}`)}
          </li>
        ))}
      </ul>
      <ul aria-label={t("datePrecision")} className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {precisions.map(({ precision, label }) => (
          <li key={precision} className="flex items-center gap-1.5">
            <LegendSwatch>
              {precision !== "day" && (
                <line
                  x1={1}
                  x2={17}
                  y1={9}
                  y2={9}
                  strokeWidth={4}
                  strokeOpacity={0.35}
                  strokeLinecap="round"
                  className="stroke-slate-500"
                />
              )}
              <Marker
                x={9}
                y={9}
                precision={precision}
                fill="fill-slate-500"
                stroke="stroke-slate-500"
              />
            </LegendSwatch>
            {label}
          </li>
        ))}
      </ul>
      <p className="flex items-center gap-1.5">
        <LegendSwatch width={30}>
          <path d="M 2 9 L 28 9" strokeWidth={1.75} strokeDasharray="6 3" className="stroke-ink" />
        </LegendSwatch>
        {t("contradicting")}
      </p>
    </div>
  );
}

function LegendSwatch({ children, width = 18 }: { children: React.ReactNode; width?: number }) {
  return (
    <svg width={width} height={18} viewBox={`0 0 ${width} 18`} aria-hidden="true">
      {children}
    </svg>
  );
}
