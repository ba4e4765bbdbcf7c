/**
 * What the views hand to the charts. The views prepare every text (values formatted nl-NL or
 * English, aria labels); the charts compute positions with D3 and draw the SVG with React.
 */

/** One mark of a chart: a bar, a point, a municipality on the map. */
export interface Mark {
  /** Stable key; for municipalities the CBS code (passed to `onSelect`). */
  key: string;
  /** Visible label, e.g. "Zaanstad". */
  label: string;
  /** The number drawn; null when it is not known or suppressed: no bar, only `valueText`. */
  value: number | null;
  /** The value as shown next to the mark, e.g. "45", "2,9", "€ 131.804", "afgeschermd". */
  valueText: string;
  /** What a screen reader announces when the mark has focus, e.g. "Zaanstad: 45 casussen, 47% van de regio". */
  ariaLabel: string;
  /** The label's language when it is not the page's: a source's own names (knowledge domains) stay Dutch. */
  lang?: string | undefined;
  /** The numbers of the explanations of this mark ("1" or "1,2"): a numbered marker on the chart. */
  marker?: string | undefined;
}

/** Props every chart takes. */
export interface ChartProps {
  /** Accessible name of the chart (its title). */
  label: string;
  /** id of the element with the one-sentence summary (aria-describedby). */
  describedBy?: string;
  /** Small version for the overview: fewer ticks, smaller height, same marks. */
  compact?: boolean;
  /** Click or Enter on a selectable mark (a municipality): its key. */
  onSelect?: (key: string) => void;
}

/** Horizontal bars, sorted largest first; `apart` marks (e.g. "Niet gespecificeerd") below a rule. */
export interface BarChartProps extends ChartProps {
  data: Mark[];
  apart?: Mark[];
  /** Formats an axis tick. */
  formatTick: (value: number) => string;
  /** Keys of marks that cannot be selected (e.g. "niet-gespecificeerd"). */
  unselectable?: string[];
  /** Key of a mark to emphasise (e.g. the chosen municipality). */
  highlight?: string;
}

/** A value over count dates. */
export interface LinePoint extends Mark {
  /** ISO date of the count, e.g. "2023-02-01" (key is usually the same). */
  date: string;
  /** The date as shown, e.g. "1 februari 2023" or "januari 2022". */
  dateText: string;
}

export interface LineChartProps extends ChartProps {
  points: LinePoint[];
  formatTick: (value: number) => string;
  /** Shown when the line has fewer than three points, e.g. "Twee peildata: het verloop daartussen is niet bekend". */
  sparseNote?: string | undefined;
  /** Shown when a stretch of the line bridges a longer pause than usual between count dates (drawn dashed). */
  gapNote?: string | undefined;
}

/** Groups of bars, e.g. contributions per municipality (group) per year (series). */
export interface Series {
  key: string;
  label: string;
}

/**
 * A reference value per group that may change from group to group (e.g. the norm per month): drawn
 * as a dashed step line across the groups, labelled where it starts and wherever it changes. Its
 * value belongs in the bars' `ariaLabel` too: the line itself is not read out.
 */
export interface ReferenceLine {
  /** The legend entry, e.g. "Norm". */
  legend: string;
  /** Per group with a reference its value and the label beside the line, e.g. "norm 56 dagen"; other groups get no line. */
  values: { group: string; value: number; label: string }[];
}

export interface GroupedBarChartProps extends ChartProps {
  series: Series[];
  groups: { key: string; label: string; values: (Mark & { series: string })[] }[];
  formatTick: (value: number) => string;
  reference?: ReferenceLine | undefined;
}

/** Per row (municipality) several shares side by side, e.g. share of contributions, inhabitants, cases. */
export interface ShareComparisonChartProps extends ChartProps {
  series: (Series & { shape: 'circle' | 'square' | 'triangle' })[];
  rows: { key: string; label: string; values: (Mark & { series: string })[] }[];
  formatTick: (value: number) => string;
}

/** The municipalities shaded by a value, each labelled with its value. */
export interface RegionMapProps extends ChartProps {
  features: GeoJSON.FeatureCollection<GeoJSON.MultiPolygon | GeoJSON.Polygon, { code: string; name: string }>;
  data: Mark[];
  /** Legend heading, e.g. "Casussen per 10.000 inwoners". */
  legendTitle: string;
  formatTick: (value: number) => string;
  /** Attribution under the map: "Kaart: CBS/PDOK, CC BY 4.0". */
  attribution: string;
}
