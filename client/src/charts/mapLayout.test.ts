import { describe, expect, it } from '@jest/globals';
import { geoArea } from 'd3-geo';
import { boxesOverlap } from './mapLabels';
import { layoutMap, rewind } from './mapLayout';
import { inside, type Ring } from './interiorPoint';
import { caseMarks, regionFeatures } from './testData';
import type { RegionMapProps } from './types';

const formatTick = (value: number) => String(value);
const options = { formatTick, legendTitle: 'Casussen op 1 februari 2023' };

describe('layoutMap', () => {
  const layout = layoutMap(regionFeatures(), caseMarks(), options);

  it('draws all seven municipalities inside the viewBox', () => {
    expect(layout.areas.map((a) => a.name).sort()).toEqual([
      'Edam-Volendam',
      'Landsmeer',
      'Oostzaan',
      'Purmerend',
      'Waterland',
      'Wormerland',
      'Zaanstad',
    ]);
    for (const area of layout.areas) {
      const numbers = (area.d.match(/-?[\d.]+/g) ?? []).map(Number);
      expect(numbers.length).toBeGreaterThan(10);
      for (const n of numbers) {
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(layout.width);
      }
    }
  });

  it('shades Zaanstad (45) in the darkest class and Purmerend (27) in the middle one', () => {
    const classOf = (name: string) => layout.areas.find((a) => a.name === name)?.classIndex;
    expect(classOf('Zaanstad')).toBe(4);
    expect(classOf('Purmerend')).toBe(2);
    expect(classOf('Oostzaan')).toBe(0);
  });

  it('labels every municipality with its value, without labels overlapping', () => {
    expect(layout.labels.map((l) => l.value).sort()).toEqual(['2', '2', '2', '27', '3', '45', '6']);
    for (const a of layout.labels)
      for (const b of layout.labels)
        if (a !== b)
          expect(boxesOverlap({ key: a.key, anchorX: 0, anchorY: 0, ...a.box }, { key: b.key, anchorX: 0, anchorY: 0, ...b.box })).toBe(
            false,
          );
  });

  it('keeps labels clear of the legend and inside the viewBox, in both sizes', () => {
    for (const l of [layout, layoutMap(regionFeatures(), caseMarks(), { ...options, compact: true })]) {
      for (const label of l.labels) {
        expect(label.box.x - label.box.width / 2).toBeGreaterThanOrEqual(0);
        expect(label.box.x + label.box.width / 2).toBeLessThan(l.legend.x);
        expect(label.box.y + label.box.height / 2).toBeLessThanOrEqual(l.height);
      }
    }
  });

  it('writes the class ranges in the legend with formatTick', () => {
    expect(layout.legend.items.map((i) => i.label)).toEqual(['0 – 10', '10 – 20', '20 – 30', '30 – 40', '40 – 50']);
    expect(layout.legend.title.map((t) => t.text).join(' ')).toBe('Casussen op 1 februari 2023');
  });

  it('adds a legend entry for unknown values, labelled with their value text', () => {
    const data = caseMarks().map((m) => (m.label === 'Oostzaan' ? { ...m, value: null, valueText: 'afgeschermd' } : m));
    const withUnknown = layoutMap(regionFeatures(), data, options);
    expect(withUnknown.areas.find((a) => a.name === 'Oostzaan')?.classIndex).toBeNull();
    expect(withUnknown.legend.items[5]).toMatchObject({ classIndex: null, label: 'afgeschermd' });
  });

  it('is compact enough for the overview', () => {
    const compact = layoutMap(regionFeatures(), caseMarks(), { ...options, compact: true });
    expect(compact.height).toBeLessThanOrEqual(245); // with labels at the body text's size
    expect(compact.height).toBeLessThan(layout.height);
  });
});

describe('rewind', () => {
  const square = (ring: [number, number][]): RegionMapProps['features']['features'][number] => ({
    type: 'Feature',
    properties: { code: 'GM0000', name: 'Vierkant' },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  const clockwise: [number, number][] = [
    [4.8, 52.4],
    [4.8, 52.5],
    [4.9, 52.5],
    [4.9, 52.4],
    [4.8, 52.4],
  ];

  it('turns a ring wound the RFC 7946 way round into one d3-geo reads as a small area', () => {
    const counter = square([...clockwise].reverse());
    expect(geoArea(counter)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(rewind(counter))).toBeLessThan(1e-4);
  });

  it('leaves a ring that is already right alone', () => {
    const feature = square(clockwise);
    expect(rewind(feature)).toBe(feature);
  });

  it('places the label of a simple square inside it', () => {
    const layout = layoutMap({ type: 'FeatureCollection', features: [square(clockwise)] }, [], options);
    const label = layout.labels[0]!;
    const ring = (layout.areas[0]!.d.match(/-?[\d.]+,-?[\d.]+/g) ?? []).map((p) => p.split(',').map(Number) as [number, number]);
    expect(inside([ring] as Ring[], label.x, label.box.y)).toBe(true);
    expect(label.value).toBeNull();
  });
});
