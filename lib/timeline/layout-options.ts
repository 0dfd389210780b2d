/** The timeline drawing's measures, in SVG user units, and how its axis names months. */
import { englishMonthLabel, type MonthLabel } from "./time-scale";

export type TimelineLayoutOptions = {
  width: number;
  labelWidth: number;
  marginRight: number;
  axisHeight: number;
  marginBottom: number;
  markerRadius: number;
  rowGap: number;
  lanePadding: number;
  minLaneHeight: number;
  /** the least distance between labelled ticks */
  minTickSpacing: number;
  /** cut long stretches without claims out of the axis */
  compressGaps: boolean;
  /** how the axis names a month, in the reader's language */
  monthLabel: MonthLabel;
  breakWidth: number;
};

export const defaultLayoutOptions: TimelineLayoutOptions = {
  width: 1120,
  labelWidth: 220,
  marginRight: 28,
  axisHeight: 40,
  marginBottom: 12,
  markerRadius: 6,
  rowGap: 16,
  lanePadding: 12,
  minLaneHeight: 68,
  minTickSpacing: 64,
  compressGaps: true,
  breakWidth: 24,
  monthLabel: englishMonthLabel,
};
