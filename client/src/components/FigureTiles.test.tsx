import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { translator } from '../i18n/LanguageContext';
import { FigureTiles, sameDateYearBefore } from './FigureTiles';

const ctx = { t: translator('nl'), lang: 'nl' as const };
const count = (peildatum: string, total: number, changeFromPrevious: number | null = null) => ({
  peildatum,
  peildatumPrecision: 'DAY' as const,
  total,
  unspecified: 0,
  per10kInhabitants: null,
  changeFromPrevious,
});

function casesTile(snapshots: ReturnType<typeof count>[]): string {
  const { container } = render(<FigureTiles snapshots={snapshots} brokenDown={null} contributionHistory={[]} ctx={ctx} />);
  return (container.textContent ?? '').replace(/\s+/g, ' ');
}

describe('the running-cases tile', () => {
  it('compares with the same count a year earlier when there is one', () => {
    const text = casesTile([count('2022-02-01', 80), count('2023-01-01', 90), count('2023-02-01', 96, 96 / 90 - 1)]);
    expect(text).toContain('+20% t.o.v. een jaar eerder (1 februari 2022: 80)');
  });

  it('otherwise compares with the count before, naming it', () => {
    const text = casesTile([count('2022-01-01', 44), count('2023-02-01', 96, 96 / 44 - 1)]);
    expect(text).toContain('+118% t.o.v. 1 januari 2022 (44)');
  });

  it('finds the year before by date, also for a leap day there is none', () => {
    const snapshots = [count('2023-02-28', 1), count('2024-02-29', 2)];
    expect(sameDateYearBefore(snapshots[1]!, snapshots)).toBeUndefined();
    expect(sameDateYearBefore(count('2024-02-28', 3), snapshots)?.total).toBe(1);
  });
});
