import { COMPACT_WIDTH } from './sizes';
import { describe, expect, it } from '@jest/globals';
import { layoutBars, sortMarks } from './barLayout';
import { markerBox } from './markerBox';
import { caseMark, caseMarks, unspecified } from './testData';

const formatTick = (value: number) => String(value);

describe('layoutBars', () => {
  it('sorts largest first, with equal values in alphabetical order', () => {
    const layout = layoutBars(caseMarks(), { formatTick });
    expect(layout.rows.map((row) => row.mark.label)).toEqual([
      'Zaanstad',
      'Purmerend',
      'Waterland',
      'Edam-Volendam',
      'Landsmeer',
      'Oostzaan',
      'Wormerland',
    ]);
  });

  it('keeps apart marks after the sorted bars, below the separator, even when larger than some', () => {
    const layout = layoutBars(caseMarks(), { formatTick, apart: [unspecified] });
    const last = layout.rows[layout.rows.length - 1];
    const beforeLast = layout.rows[layout.rows.length - 2];
    expect(last?.mark.key).toBe('niet-gespecificeerd');
    expect(last?.apart).toBe(true);
    expect(layout.separator).not.toBeNull();
    expect(layout.separator!.y).toBeGreaterThan(beforeLast!.rowTop + beforeLast!.rowHeight - 0.01);
    expect(layout.separator!.y).toBeLessThan(last!.rowTop);
  });

  it('draws bar lengths proportional to the values, from zero', () => {
    const layout = layoutBars(caseMarks(), { formatTick });
    const zaanstad = layout.rows.find((row) => row.mark.label === 'Zaanstad')?.bar;
    const purmerend = layout.rows.find((row) => row.mark.label === 'Purmerend')?.bar;
    expect(zaanstad!.width / purmerend!.width).toBeCloseTo(45 / 27, 6);
    expect(zaanstad!.x).toBeCloseTo(layout.plot.left, 6);
  });

  it('gives a null value no bar but still a place for its value text', () => {
    const layout = layoutBars([...caseMarks(), caseMark('Landsmeer', null)].slice(1), { formatTick });
    const unknown = layout.rows.find((row) => row.mark.value === null);
    expect(unknown?.bar).toBeNull();
    expect(unknown?.valueX).toBeGreaterThan(layout.plot.left);
    expect(layout.rows[layout.rows.length - 1]).toBe(unknown);
  });

  it('starts the ticks at 0 and covers the largest value', () => {
    const layout = layoutBars(caseMarks(), { formatTick });
    expect(layout.ticks[0]?.value).toBe(0);
    expect(layout.ticks[0]?.label).toBe('0');
    expect(layout.ticks[layout.ticks.length - 1]!.value).toBeGreaterThanOrEqual(40);
  });

  it('makes the compact version shorter, with fewer ticks', () => {
    const full = layoutBars(caseMarks(), { formatTick, apart: [unspecified] });
    const compact = layoutBars(caseMarks(), { formatTick, apart: [unspecified], compact: true });
    expect(compact.height).toBeLessThan(full.height);
    // At most ~0,65 of its (narrower) width high, with its text at the body text's size: three fit
    // side by side on a 1280×720 overview.
    expect(compact.width).toBe(COMPACT_WIDTH);
    expect(compact.height).toBeGreaterThanOrEqual(170);
    expect(compact.height / compact.width).toBeLessThanOrEqual(0.65);
    expect(compact.ticks.length).toBeLessThan(full.ticks.length);
  });

  it('keeps bars and value texts inside the viewBox', () => {
    const layout = layoutBars(caseMarks(), { formatTick, apart: [unspecified] });
    for (const row of layout.rows) {
      expect(row.valueX).toBeLessThan(layout.width - 20);
      if (row.bar) expect(row.bar.x + row.bar.width).toBeLessThanOrEqual(layout.plot.right + 0.01);
    }
  });

  it('gives the bars at least 40 % of the width with long names and "afgeschermd": the view box widens, nothing is cut off', () => {
    const long = (key: string, label: string, value: number | null) => ({
      key,
      label,
      value,
      valueText: value === null ? 'afgeschermd' : String(value),
      ariaLabel: label,
    });
    const layout = layoutBars(
      [
        long('og', "Personen met onbegrepen gedrag met hoge veiligheidsrisico's", 42),
        long('hg', 'Ernstig huiselijk geweld', 61),
        long('mh', 'Mensenhandel', null),
        long('nz', "Nazorg aan ex-gedetineerden met veiligheidsrisico's", null),
      ],
      { formatTick },
    );
    expect(layout.width).toBeGreaterThan(640);
    expect(layout.plot.right - layout.plot.left).toBeGreaterThanOrEqual(0.4 * layout.width - 1);
    const hg = layout.rows.find((row) => row.mark.key === 'hg')!;
    expect(hg.bar!.x + hg.bar!.width).toBeLessThanOrEqual(layout.plot.right + 0.01);
    expect(hg.bar!.width).toBeGreaterThan(0.3 * layout.width); // 61 on an axis to 70
    for (const row of layout.rows) expect(row.valueX).toBeGreaterThan(layout.plot.left);
    // The value text of a hidden count ends inside the view box.
    const mh = layout.rows.find((row) => row.mark.key === 'mh')!;
    expect(mh.valueX + 11 * 0.6 * layout.fontSize * 1.06).toBeLessThanOrEqual(layout.width);
  });

  it('marks only the highlighted key as highlighted', () => {
    const layout = layoutBars(caseMarks(), { formatTick, highlight: 'GM0439' });
    expect(layout.highlighting).toBe(true);
    expect(layout.rows.filter((row) => row.highlighted).map((row) => row.mark.label)).toEqual(['Purmerend']);
    expect(layoutBars(caseMarks(), { formatTick, highlight: 'GM9999' }).highlighting).toBe(false);
  });
});

describe('sortMarks', () => {
  it('puts unknown values last without changing the input', () => {
    const input = [caseMark('Oostzaan', null), caseMark('Zaanstad', 45)];
    expect(sortMarks(input).map((m) => m.label)).toEqual(['Zaanstad', 'Oostzaan']);
    expect(input[0]?.label).toBe('Oostzaan');
  });

  it("puts a mark's explanation marker past its value, inside the view box, and leaves the bars room for it", () => {
    const plain = layoutBars(caseMarks(), { formatTick });
    const marked = layoutBars(
      caseMarks().map((m) => (m.label === 'Zaanstad' ? { ...m, marker: '1,2' } : m)),
      { formatTick },
    );
    const row = marked.rows.find((r) => r.mark.label === 'Zaanstad')!;
    expect(plain.rows.every((r) => r.markerX === null)).toBe(true);
    expect(marked.rows.filter((r) => r.markerX !== null)).toHaveLength(1);
    expect(row.markerX!).toBeGreaterThan(row.valueX);
    expect(row.markerX! + markerBox('1,2').width).toBeLessThanOrEqual(marked.width);
    expect(marked.plot.right).toBeLessThan(plain.plot.right);
  });
});
