import { describe, expect, it } from '@jest/globals';
import { layoutLegend } from './legendLayout';

const items = [
  { key: 'bijdrage', label: 'Bijdrage 2023' },
  { key: 'inwoners', label: 'Inwoners' },
  { key: 'casussen', label: 'Casussen op 1 februari 2023' },
];

describe('layoutLegend', () => {
  it('puts the items side by side, in order, when they fit', () => {
    const legend = layoutLegend(items, { left: 4, top: 0, width: 632, fontSize: 15, swatchSize: 16 });
    const xs = legend.items.map((i) => i.x);
    expect(xs[0]).toBe(4);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(legend.items.map((i) => i.y)).size).toBe(1);
  });

  it('wraps onto a new row when the width runs out, and grows in height', () => {
    const wide = layoutLegend(items, { left: 4, top: 0, width: 632, fontSize: 15, swatchSize: 16 });
    const narrow = layoutLegend(items, { left: 4, top: 0, width: 220, fontSize: 15, swatchSize: 16 });
    expect(narrow.items[2]!.x).toBe(4);
    expect(narrow.items[2]!.y).toBeGreaterThan(narrow.items[0]!.y);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('takes no room without items', () => {
    expect(layoutLegend([], { left: 0, top: 0, width: 100, fontSize: 13, swatchSize: 13 }).height).toBe(0);
  });
});
