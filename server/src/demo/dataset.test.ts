import { createHash } from 'node:crypto';
import { loadSeed } from '@zv/seed';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { RANGE_COUNTS_NEEDED, RANGE_WINDOW } from '../domain/signals.js';
import {
  caseloadCsv,
  caseloadPart,
  DEMO_JUMPS,
  DEMO_MONTHS,
  DEMO_PARTS,
  demoDataset,
  explanationsPart,
  flowsPart,
  goalsPart,
  makePart,
  regionTotals,
} from './dataset.js';
import { seededRandom } from './random.js';

const basis = { seed: loadSeed() };
const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? (sorted[Math.floor(middle)] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

afterEach(() => {
  jest.restoreAllMocks();
});

describe('the demonstration dataset', () => {
  it('is the same, byte for byte, every time it is made, and uses no other randomness than its own', () => {
    const first = hash(demoDataset(basis));
    // Math.random or the clock would make a run differ: neither may be used.
    jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random in the demonstration dataset');
    });
    jest.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now in the demonstration dataset');
    });
    expect(hash(demoDataset(basis))).toBe(first);
    expect(caseloadCsv(makePart(caseloadPart, basis), basis.seed)).toBe(caseloadCsv(makePart(caseloadPart, basis), basis.seed));
  });

  it('gives every part its own numbers: a part made alone is the part made with the others', () => {
    const whole = demoDataset(basis);
    for (const part of DEMO_PARTS) expect(hash(part.make(basis))).toBe(hash(whole.find((p) => p.name === part.name)?.data));
    expect(new Set(DEMO_PARTS.map((p) => p.name)).size).toBe(DEMO_PARTS.length);
  });

  it('has a generator that gives the same numbers for the same seed and others for another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const fromA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(fromA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(fromA);
    expect(fromA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('counts two years, every month, every municipality: whole numbers of 0 or more, domains within their total', () => {
    const counts = makePart(caseloadPart, basis);
    expect(DEMO_MONTHS).toHaveLength(24);
    expect(DEMO_MONTHS[0]).toBe('2024-12-01');
    expect(DEMO_MONTHS[23]).toBe('2026-11-01');
    for (const peildatum of DEMO_MONTHS) {
      const ofDate = counts.filter((c) => c.peildatum === peildatum);
      for (const m of basis.seed.municipalities) {
        const total = ofDate.find((c) => c.municipalityCode === m.code && c.domainCode === null);
        expect(total).toBeDefined();
        const domains = ofDate.filter((c) => c.municipalityCode === m.code && c.domainCode !== null);
        expect(domains.reduce((sum, c) => sum + c.count, 0)).toBeLessThanOrEqual(total?.count ?? -1);
        const known = new Set(basis.seed.knowledgeDomains.map((d) => d.code));
        expect(domains.every((c) => known.has(c.domainCode as string))).toBe(true);
      }
      expect(ofDate.filter((c) => c.municipalityCode === null)).toHaveLength(1);
    }
    expect(counts.every((c) => Number.isInteger(c.count) && c.count >= 0)).toBe(true);
    // Small counts, which the protection hides from some roles, are there to hide.
    expect(counts.some((c) => c.domainCode !== null && c.count >= 1 && c.count <= 4)).toBe(true);
  });

  it('is plausible: about 3 running cases per 10.000 inhabitants, and the region around the 96 of February 2023', () => {
    const totals = [...regionTotals(makePart(caseloadPart, basis)).values()];
    expect(Math.min(...totals)).toBeGreaterThan(60);
    expect(Math.max(...totals)).toBeLessThan(200);
  });

  it('lets the signals fire: the jumps leave the range of the six counts before, and there are enough counts for the rule', () => {
    const counts = makePart(caseloadPart, basis);
    expect(DEMO_MONTHS.length).toBeGreaterThanOrEqual(RANGE_COUNTS_NEEDED);
    for (const jump of DEMO_JUMPS) {
      const series = DEMO_MONTHS.map(
        (date) =>
          counts.find((c) => c.peildatum === date && c.municipalityCode === jump.municipalityCode && c.domainCode === jump.domainCode)
            ?.count ?? 0,
      );
      const window = series.slice(-1 - RANGE_WINDOW, -1);
      const mid = median(window);
      const mad = median(window.map((v) => Math.abs(v - mid)));
      const latest = series[series.length - 1] as number;
      expect(latest - mid).toBeGreaterThan(Math.max(2 * mad, 2));
    }
  });

  it('has flows between every two counts from which each place’s next count follows, with throughput where cases closed', () => {
    const counts = makePart(caseloadPart, basis).filter((c) => c.domainCode === null);
    const total = (date: string, code: string | null) =>
      counts.find((c) => c.peildatum === date && c.municipalityCode === code)?.count ?? 0;
    const flows = makePart(flowsPart, basis);
    const months = [...new Set(flows.map((f) => f.month))];
    expect(months).toEqual(DEMO_MONTHS.slice(0, -1).map((d) => d.slice(0, 7)));
    expect(flows).toHaveLength(months.length * (basis.seed.municipalities.length + 1));
    for (const f of flows) {
      const from = `${f.month}-01`;
      const to = DEMO_MONTHS[DEMO_MONTHS.indexOf(from) + 1] as string;
      expect({ f, after: total(from, f.municipalityCode) + f.inflow - f.outflow }).toEqual({ f, after: total(to, f.municipalityCode) });
      expect(Math.min(f.inflow, f.outflow)).toBeGreaterThanOrEqual(0);
      if (f.outflow === 0) expect([f.closedWithinNorm, f.medianDays, f.p80Days]).toEqual([null, null, null]);
      else {
        expect(f.closedWithinNorm).toBeLessThanOrEqual(f.outflow);
        expect(f.p80Days).toBeGreaterThanOrEqual(f.medianDays as number);
      }
    }
  });

  it('explains the last count’s jump, for the region and for Purmerend, on count dates it has', () => {
    const explanations = makePart(explanationsPart, basis);
    expect(explanations.map((e) => [e.peildatum, e.municipalityCode])).toEqual(
      expect.arrayContaining([
        [DEMO_MONTHS.at(-1), null],
        [DEMO_MONTHS.at(-1), 'GM0439'],
      ]),
    );
    for (const e of explanations) {
      expect(DEMO_MONTHS).toContain(e.peildatum);
      expect(e.text).toMatch(/^Demonstratie: /);
    }
  });

  it('sets goals against the counts: one at risk, one off track, one reported by hand', () => {
    const goals = makePart(goalsPart, basis);
    expect(goals.map((g) => g.goal.indicator)).toEqual(['RUNNING_CASES', 'CASES_PER_10K', 'MANUAL']);
    const latest = regionTotals(makePart(caseloadPart, basis)).get(DEMO_MONTHS[23] as string) as number;
    const region = goals[0]?.goal.target as number;
    expect(latest).toBeGreaterThan(region);
    expect(latest).toBeLessThanOrEqual(region * 1.1);
    expect(goals[2]?.values).toHaveLength(12);
  });
});
