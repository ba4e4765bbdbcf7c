import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { FlowRecord, ImportRecord } from '../../import/types.js';
import { figureStores, importStores, refused, type FiguresUnderTest, type ImportsUnderTest } from '../../testing/contractStores.js';
import { applyOptions, IMPORT_FIXTURE, importOn, NOORD, ZW } from '../../testing/importFixture.js';

type FlowRow = [scope: FlowRecord['scope'], municipalityCode: string | null, domainCode: string | null, inflow: number, outflow: number];

/** A month of flows; every row closed 2 within a norm of 56 days, median 30 and p80 50 days (when it closed any). */
const flows = (month: string, rows: FlowRow[], normDays = 56): ImportRecord[] =>
  rows.map(([scope, municipalityCode, domainCode, inflow, outflow], i) => ({
    kind: 'FLOWS',
    line: i + 2,
    month,
    scope,
    municipalityCode,
    domainCode,
    inflow,
    outflow,
    closedWithinNorm: Math.min(2, outflow),
    medianDays: outflow > 0 ? 30.5 : null,
    p80Days: outflow > 0 ? 50 : null,
    normDays,
  }));

const FEBRUARY = flows('2024-02', [
  ['municipality', 'GM0479', null, 6, 4],
  ['municipality', 'GM0479', 'huiselijk-geweld', 3, 2],
  ['municipality', 'GM0439', null, 2, 3],
  ['unspecified', null, null, 1, 0],
]);

const FLOW_ROWS = `SELECT region_code, month, scope, municipality_code, domain_code, inflow, outflow, closed_within_norm, median_days, p80_days
  FROM flow_count ORDER BY region_code, month, scope, coalesce(municipality_code, ''), coalesce(domain_code, '')`;
const FLOW_MONTHS = 'SELECT region_code, month, inflow, norm_days, source_id FROM flow_month ORDER BY region_code, month';

/** Flows as imports write them, once for each store. */
describe.each(importStores)('flows on %s', (_name, open) => {
  let subject: ImportsUnderTest;
  beforeEach(async () => {
    subject = await open(IMPORT_FIXTURE);
  }, 60_000);
  afterEach(async () => {
    await subject.close();
  }, 60_000);

  it('adds a month with the region inflow, the norm and every figure of its rows', async () => {
    const changes = await importOn(subject.store, ZW, 'FLOWS', FEBRUARY);
    expect(changes).toEqual([expect.objectContaining({ key: '2024-02', effect: 'ADDED', added: 4, totalBefore: null, totalAfter: 9 })]);
    expect(await subject.rows(FLOW_MONTHS)).toEqual([{ region_code: ZW, month: '2024-02', inflow: 9, norm_days: 56, source_id: 2 }]);
    const rows = await subject.rows(FLOW_ROWS);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({
      region_code: ZW,
      month: '2024-02',
      scope: 'municipality',
      municipality_code: 'GM0439',
      domain_code: null,
      inflow: 2,
      outflow: 3,
      closed_within_norm: 2,
      median_days: 30.5,
      p80_days: 50,
    });
    expect(rows[3]).toEqual(expect.objectContaining({ scope: 'unspecified', inflow: 1, outflow: 0, median_days: null, p80_days: null }));
  });

  it('replaces a month whole, keeping the old one as a version that can be put back; another region is untouched', async () => {
    await importOn(subject.store, NOORD, 'FLOWS', flows('2024-02', [['municipality', 'GM9001', null, 1, 1]]));
    await importOn(subject.store, ZW, 'FLOWS', FEBRUARY);
    const changed = flows('2024-02', [
      ['municipality', 'GM0479', null, 7, 4],
      ['municipality', 'GM0439', null, 2, 3],
      ['unspecified', null, null, 1, 0],
    ]);
    const [change] = await importOn(subject.store, ZW, 'FLOWS', changed);
    expect(change).toEqual(
      expect.objectContaining({
        key: '2024-02',
        effect: 'CHANGED',
        added: 0,
        changed: 1,
        unchanged: 2,
        removed: 1,
        totalBefore: 9,
        totalAfter: 10,
      }),
    );
    expect(change?.rows).toEqual([
      expect.objectContaining({ effect: 'CHANGED', municipalityCode: 'GM0479', domainCode: null, before: 6, after: 7 }),
      expect.objectContaining({ effect: 'REMOVED', municipalityCode: 'GM0479', domainCode: 'huiselijk-geweld', before: 3, after: null }),
    ]);
    const versions = await subject.store.listVersions(ZW, 'FLOWS');
    expect(versions).toEqual([expect.objectContaining({ kind: 'FLOWS', key: '2024-02', rows: 4, total: 9, current: false })]);

    await subject.store.restoreVersion(ZW, (versions[0] as { id: number }).id, {
      dryRun: false,
      actor: 'beheerder',
      at: '2026-12-06T10:00:00.000Z',
    });
    const restored = await subject.rows(FLOW_ROWS);
    expect(restored.filter((r) => r.region_code === ZW)).toHaveLength(4);
    expect(restored).toContainEqual(
      expect.objectContaining({ region_code: ZW, municipality_code: 'GM0479', domain_code: null, inflow: 6 }),
    );
    expect(restored).toContainEqual(expect.objectContaining({ region_code: NOORD, municipality_code: 'GM9001', inflow: 1 }));
    expect((await subject.rows(FLOW_MONTHS)).map((r) => [r.region_code, r.inflow])).toEqual([
      [NOORD, 1],
      [ZW, 9],
    ]);
  });

  it('finds a month imported again UNCHANGED, and a changed norm CHANGED on every row', async () => {
    await importOn(subject.store, ZW, 'FLOWS', FEBRUARY);
    expect((await importOn(subject.store, ZW, 'FLOWS', FEBRUARY))[0]).toEqual(
      expect.objectContaining({ effect: 'UNCHANGED', unchanged: 4 }),
    );
    const [change] = await importOn(
      subject.store,
      ZW,
      'FLOWS',
      FEBRUARY.map((r) => ({ ...r, normDays: 42 })),
    );
    expect(change).toEqual(expect.objectContaining({ effect: 'CHANGED', changed: 4 }));
    expect(change?.rows[0]?.textAfter).toMatch(/norm 42 dagen/);
    expect((await subject.rows(FLOW_MONTHS))[0]).toEqual(expect.objectContaining({ norm_days: 42 }));
  });

  it('writes nothing in a dry run', async () => {
    const changes = await importOn(subject.store, ZW, 'FLOWS', FEBRUARY, applyOptions(true));
    expect(changes[0]).toEqual(expect.objectContaining({ effect: 'ADDED', added: 4 }));
    expect(await subject.rows(FLOW_ROWS)).toEqual([]);
  });

  it('refuses, in the schema, closed within the norm above the outflow and a p80 below the median', async () => {
    await importOn(subject.store, ZW, 'FLOWS', FEBRUARY);
    expect(await refused(subject.sql('UPDATE flow_count SET closed_within_norm = outflow + 1 WHERE outflow > 0'))).toMatch(/check/i);
    expect(await refused(subject.sql('UPDATE flow_count SET p80_days = 10 WHERE median_days = 30.5'))).toMatch(/check/i);
  });
});

/** Reading flows back: the same rows in the same order on both stores, of the region asked only. */
describe.each(figureStores)('reading flows on %s', (_name, open) => {
  let subject: FiguresUnderTest;
  beforeEach(async () => {
    subject = await open();
    await subject.sql(`${IMPORT_FIXTURE}
      INSERT INTO flow_month (region_code, month, inflow, norm_days, source_id) VALUES
        ('${ZW}', '2024-03', 5, NULL, 1), ('${ZW}', '2024-02', 9, 56, 1), ('${NOORD}', '2024-02', 1, NULL, 1);
      INSERT INTO flow_count (region_code, month, scope, municipality_code, domain_code, inflow, outflow, closed_within_norm, median_days, p80_days) VALUES
        ('${ZW}', '2024-03', 'municipality', 'GM0479', NULL, 5, 1, NULL, NULL, NULL),
        ('${ZW}', '2024-02', 'municipality', 'GM0479', 'huiselijk-geweld', 3, 2, 1, 12, 20),
        ('${ZW}', '2024-02', 'municipality', 'GM0479', NULL, 9, 4, 3, 30.5, 50),
        ('${NOORD}', '2024-02', 'municipality', 'GM9001', NULL, 1, 1, NULL, NULL, NULL);`);
  }, 60_000);
  afterEach(async () => {
    await subject.close();
  }, 60_000);

  it('lists the months oldest first and their rows by month, totals before domains', async () => {
    const { figures } = subject.store;
    expect(await figures.listFlowMonths(ZW)).toEqual([
      { month: '2024-02', inflow: 9, normDays: 56, sourceId: 1 },
      { month: '2024-03', inflow: 5, normDays: null, sourceId: 1 },
    ]);
    expect((await figures.listFlowCounts(ZW)).map((r) => [r.month, r.domainCode, r.inflow, r.medianDays])).toEqual([
      ['2024-02', null, 9, 30.5],
      ['2024-02', 'huiselijk-geweld', 3, 12],
      ['2024-03', null, 5, null],
    ]);
    expect(await figures.listFlowCounts(null)).toEqual([]);
  });
});
