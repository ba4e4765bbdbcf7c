import { describe, expect, it } from '@jest/globals';
import { feb2023, jan2022, textContext } from '../test-support/fixtures';
import { caseMarks, caseSummary, caseTable, shareBasisNote, shareMarks, trendPoints, trendSummary, UNSPECIFIED_KEY } from './caseload';

const nl = textContext('nl');

describe('cases per municipality', () => {
  it('gives one mark per municipality with its count, and "Niet gespecificeerd" apart', () => {
    const { data, apart } = caseMarks(feb2023, 'absolute', nl);
    expect(data.map((m) => [m.label, m.valueText])).toContainEqual(['Zaanstad', '45']);
    expect(data).toHaveLength(7);
    expect(apart).toEqual([expect.objectContaining({ key: UNSPECIFIED_KEY, label: 'Niet gespecificeerd', value: 9, valueText: '9' })]);
    expect(data.find((m) => m.key === 'GM0479')!.ariaLabel).toBe('Zaanstad 45 casussen, 52% van de toegewezen casussen');
    expect(apart[0]!.ariaLabel).toBe('Niet gespecificeerd: 9 casussen, aan geen gemeente toegewezen');
  });

  it('switches to cases per 10.000 inhabitants, naming the inhabitants year, without the unspecified cases', () => {
    const { data, apart } = caseMarks(feb2023, 'per10k', nl);
    const zaanstad = data.find((m) => m.key === 'GM0479')!;
    expect(zaanstad.value).toBeCloseTo((45 / 157166) * 10_000, 10);
    expect(zaanstad.valueText).toBe('2,9');
    expect(zaanstad.ariaLabel).toBe('Zaanstad 2,9 casussen per 10.000 inwoners (45 casussen, inwoners 2022)');
    expect(apart).toEqual([]);
  });

  it('says in one sentence who has the most cases', () => {
    expect(caseSummary(feb2023, 'absolute', nl)).toBe('Zaanstad heeft 45 van de 96 lopende casussen; 9 zijn aan geen gemeente toegewezen.');
    expect(caseSummary(feb2023, 'per10k', nl)).toBe(
      'Waterland heeft de meeste lopende casussen per 10.000 inwoners (3,4); de regio als geheel 2,8.',
    );
  });

  it('puts exactly the chart numbers in the table, with the total and the unspecified line', () => {
    const table = caseTable(feb2023, nl);
    const zaanstad = table.rows.find((r) => r.key === 'GM0479')!;
    // 45 of the 87 cases assigned to a municipality: the one "aandeel casussen" of the dashboard.
    expect(zaanstad.cells).toEqual({ count: '45', share: '51,7%', per10k: '2,9', year: 2022 });
    expect(table.rows.at(-1)!.cells).toEqual({ count: '9', share: '–' });
    expect(table.footer.cells.count).toBe('96');
    const { data } = caseMarks(feb2023, 'absolute', nl);
    for (const mark of data) expect(table.rows.find((r) => r.key === mark.key)!.cells.count).toBe(mark.valueText);
  });
});

describe('share of cases', () => {
  it('gives each municipality its share of the 87 cases assigned to a municipality, and says so', () => {
    const data = shareMarks(feb2023, nl);
    const zaanstad = data.find((m) => m.key === 'GM0479')!;
    expect(zaanstad.value).toBeCloseTo(45 / 87, 12);
    expect(zaanstad.valueText).toBe('52%');
    expect(zaanstad.ariaLabel).toBe('Zaanstad 52% van de toegewezen casussen (45 van 87)');
    expect(data.map((m) => m.label)).not.toContain('Niet gespecificeerd');
    expect(data.reduce((s, m) => s + (m.value ?? 0), 0)).toBeCloseTo(1, 12);
    expect(shareBasisNote(feb2023, nl)).toBe(
      'Aandeel casussen: van de 87 casussen die aan een gemeente zijn toegewezen; de 9 niet gespecificeerde tellen niet mee, zodat de aandelen samen 100 % zijn.',
    );
    expect(shareBasisNote({ ...feb2023, unspecified: 0 }, nl)).toBe(
      'Aandeel casussen: van de 87 casussen, die alle aan een gemeente zijn toegewezen.',
    );
  });
});

describe('the regional total over time', () => {
  it('shows both count dates honestly: January 2022 as a month, 1 February 2023 as a day', () => {
    const points = trendPoints([jan2022, feb2023], nl);
    expect(points.map((p) => [p.dateText, p.valueText])).toEqual([
      ['januari 2022', '44'],
      ['1 februari 2023', '96'],
    ]);
    expect(trendSummary([jan2022, feb2023], nl)).toBe(
      'Het aantal lopende casussen ging van 44 (januari 2022) naar 96 (1 februari 2023): +118%.',
    );
  });

  it('with more count dates, names how many are drawn and every pause longer than the usual interval', () => {
    // January 2022, then monthly from 1 January 2023 to 1 December 2023: a pause of 12 months.
    const monthly = Array.from({ length: 12 }, (_, i) => ({
      ...feb2023,
      peildatum: `2023-${String(i + 1).padStart(2, '0')}-01`,
      total: 90 + i,
    }));
    expect(trendSummary([jan2022, ...monthly], nl)).toBe(
      'Het aantal lopende casussen ging van 44 (januari 2022) naar 101 (1 december 2023): +130%. ' +
        '13 peildata getekend, van januari 2022 tot en met 1 december 2023. ' +
        'Tussen januari 2022 en 1 januari 2023 ligt 12 maanden zonder telling.',
    );
    // Evenly spaced counts have no pause to name.
    expect(trendSummary(monthly, nl)).toBe(
      'Het aantal lopende casussen ging van 90 (1 januari 2023) naar 101 (1 december 2023): +12%. ' +
        '12 peildata getekend, van 1 januari 2023 tot en met 1 december 2023.',
    );
  });

  it('writes English when asked', () => {
    expect(trendSummary([jan2022, feb2023], textContext('en'))).toBe(
      'Running cases went from 44 (January 2022) to 96 (1 February 2023): +118%.',
    );
  });
});
