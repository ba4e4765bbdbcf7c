import { CHART_FONT, COMPACT_WIDTH, isNarrow, NORMAL_WIDTH } from './sizes';
import { geoArea, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { mapClasses } from './mapClasses';
import { interiorPoint, type Ring } from './interiorPoint';
import { separateLabels } from './mapLabels';
import { textWidth, wrapText } from './textWidth';
import type { Mark, RegionMapProps } from './types';

type Features = RegionMapProps['features'];
type Feature = Features['features'][number];

export interface MapArea {
  key: string;
  name: string;
  mark: Mark | null;
  d: string;
  /** 0 (lightest) … 4 (darkest); null: unknown value, hatched grey. */
  classIndex: number | null;
}

export interface MapLabel {
  key: string;
  name: string;
  value: string | null;
  x: number;
  /** Baselines of the two lines. */
  nameY: number;
  valueY: number;
  /** From the centroid to the label, when the label had to move off its municipality. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** The class the label sits on, for its text colour (null: moved off, or no data). */
  classIndex: number | null;
  /** The label block (centre and size), to check for overlaps. */
  box: { x: number; y: number; width: number; height: number };
}

export interface MapLayout {
  width: number;
  height: number;
  areas: MapArea[];
  labels: MapLabel[];
  legend: { x: number; title: { text: string; y: number }[]; items: { classIndex: number | null; label: string; y: number }[] };
  attributionX: number;
  attributionY: number;
  font: { name: number; value: number; legend: number; attribution: number };
  swatch: { width: number; height: number };
}

const SIZES = {
  normal: {
    mapWidth: 430,
    mapHeight: 330,
    name: CHART_FONT.small,
    value: CHART_FONT.text,
    legend: CHART_FONT.small,
    swatchH: 20,
    attribution: CHART_FONT.small,
  },
  compact: {
    mapWidth: 360,
    mapHeight: 214,
    name: CHART_FONT.small,
    value: CHART_FONT.text,
    legend: CHART_FONT.small,
    swatchH: 18,
    attribution: CHART_FONT.small,
  },
};

/**
 * d3-geo wants exterior rings clockwise (on the sphere); RFC 7946 files wind them the other way.
 * A ring read the wrong way round covers the rest of the globe, so such features are reversed.
 */
export function rewind(feature: Feature): Feature {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const reverse = (rings: GeoJSON.Position[][]) => rings.map((ring) => [...ring].reverse());
  const geometry: Feature['geometry'] =
    feature.geometry.type === 'Polygon'
      ? { ...feature.geometry, coordinates: reverse(feature.geometry.coordinates) }
      : { ...feature.geometry, coordinates: feature.geometry.coordinates.map(reverse) };
  return { ...feature, geometry };
}

export function layoutMap(
  collection: Features,
  data: Mark[],
  options: { formatTick: (value: number) => string; legendTitle: string; compact?: boolean; width?: number },
): MapLayout {
  const { formatTick, legendTitle, compact = false, width = compact ? COMPACT_WIDTH : NORMAL_WIDTH } = options;
  const size = compact ? SIZES.compact : SIZES.normal;
  // The map grows and shrinks with the box (text keeps its size), between 0,8 and 1,8 times.
  const scale = Math.min(1.8, Math.max(0.8, width / (compact ? COMPACT_WIDTH : NORMAL_WIDTH)));
  const features = collection.features.map(rewind);
  const fc: Features = { ...collection, features };
  // On a narrow screen the map takes the whole width and the legend goes below it.
  const narrow = isNarrow(width, compact);
  const projection = geoMercator().fitExtent(
    [[4, 4], narrow ? [width - 4, width * 1.2] : [size.mapWidth * scale, size.mapHeight * scale]],
    fc,
  );
  const path = geoPath(projection);
  const [[, top], [mapRight, mapBottom]] = path.bounds(fc);

  const byKey = new Map(data.map((mark) => [mark.key, mark]));
  const { classOf, classes } = mapClasses(features.map((f) => byKey.get(f.properties.code)?.value ?? null));
  const areas: MapArea[] = features.map((f) => {
    const mark = byKey.get(f.properties.code) ?? null;
    return { key: f.properties.code, name: f.properties.name, mark, d: path(f) ?? '', classIndex: mark ? classOf(mark.value) : null };
  });

  // Labels: name over value well inside each area, then pushed apart where neighbours are small.
  // Narrow: the name's and the value's text boxes (0.29 em below and 1.07 em above their baselines) clear of each other.
  const lineGap = narrow ? 6 : 2;
  const boxes = features.map((f, i) => {
    const area = areas[i];
    const w = Math.max(textWidth(f.properties.name, size.name), textWidth(area?.mark?.valueText ?? '', size.value, true)) + 4;
    // Weigh horizontal room by the label's own proportions: a wide name needs a wide spot.
    const [cx, cy] = interiorPoint(largestPolygon(f, projection), w / (size.name + size.value + lineGap));
    return { key: f.properties.code, anchorX: cx, anchorY: cy, x: cx, y: cy, width: w, height: size.name + size.value + lineGap };
  });
  const legendX = narrow ? 4 : Math.ceil(mapRight + 24);
  const placed = separateLabels(
    boxes,
    { left: 2, top: Math.max(0, top - 2), right: narrow ? width - 2 : legendX - 6, bottom: mapBottom + 2 },
    narrow ? { x: 10, y: 8 } : undefined,
  );
  const labels: MapLabel[] = placed.map((box, i) => {
    const area = areas[i];
    // A leader only when the label no longer covers the spot it belongs to.
    const moved = Math.abs(box.anchorX - box.x) > box.width / 2 + 4 || Math.abs(box.anchorY - box.y) > box.height / 2 + 4;
    const blockTop = box.y - box.height / 2;
    return {
      key: box.key,
      name: area?.name ?? '',
      value: area?.mark?.valueText ?? null,
      x: box.x,
      nameY: blockTop + size.name * 0.8,
      valueY: blockTop + size.name + lineGap + size.value * 0.8,
      leader: moved ? leaderTo(box) : null,
      classIndex: moved ? null : (area?.classIndex ?? null),
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
    };
  });

  // Legend at the right of the map: title, the five classes, and unknown values if there are any.
  const titleLines = wrapText(legendTitle, size.legend, width - legendX - 4);
  const legendTop = narrow ? mapBottom + 12 : top;
  const title = titleLines.map((text, i) => ({ text, y: legendTop + 4 + size.legend + i * (size.legend + 4) }));
  const itemsTop = (title[title.length - 1]?.y ?? legendTop) + 12;
  const step = size.swatchH + 6;
  const items: MapLayout['legend']['items'] = classes.map((c, i) => ({
    classIndex: i,
    label: `${formatTick(c.from)} – ${formatTick(c.to)}`,
    y: itemsTop + i * step,
  }));
  const unknownTexts = [...new Set(areas.filter((a) => a.mark && a.mark.value === null).map((a) => a.mark?.valueText ?? ''))];
  if (unknownTexts.length) items.push({ classIndex: null, label: unknownTexts.join(', '), y: itemsTop + items.length * step });
  const legendBottom = itemsTop + items.length * step;

  // Compact: the attribution goes under the legend, where there is room, instead of adding a line.
  const attributionY = Math.ceil(
    compact && !narrow
      ? Math.max(mapBottom - 4, legendBottom + size.attribution + 6)
      : Math.max(mapBottom, legendBottom) + size.attribution + 6,
  );
  return {
    width,
    height: Math.ceil(Math.max(attributionY + 5, mapBottom + 4)),
    attributionX: compact && !narrow ? legendX : 4,
    areas,
    labels,
    legend: { x: legendX, title, items },
    attributionY,
    font: { name: size.name, value: size.value, legend: size.legend, attribution: size.attribution },
    swatch: { width: 26, height: size.swatchH },
  };
}

/** A leader from the centroid to the nearest edge of the label block. */
function leaderTo(box: { anchorX: number; anchorY: number; x: number; y: number; width: number; height: number }) {
  const x2 = Math.min(Math.max(box.anchorX, box.x - box.width / 2), box.x + box.width / 2);
  const y2 = Math.min(Math.max(box.anchorY, box.y - box.height / 2), box.y + box.height / 2);
  return { x1: box.anchorX, y1: box.anchorY, x2, y2 };
}

/** The projected rings of a feature's largest polygon (where its label goes). */
function largestPolygon(feature: Feature, projection: GeoProjection): Ring[] {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const project = (ring: GeoJSON.Position[]): Ring =>
    ring.flatMap((position) => {
      const point = projection([position[0] ?? 0, position[1] ?? 0]);
      return point ? [point] : [];
    });
  const projected = polygons.map((polygon) => polygon.map(project));
  const area = (rings: Ring[]) => Math.abs(shoelace(rings[0] ?? []));
  return projected.reduce<Ring[]>((best, rings) => (area(rings) > area(best) ? rings : best), []);
}

function shoelace(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (a && b) sum += (b[0] - a[0]) * (b[1] + a[1]);
  }
  return sum / 2;
}
