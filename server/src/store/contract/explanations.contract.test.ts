import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { PgStore } from '../postgres/PgStore.js';
import { SqliteStore } from '../sqlite/SqliteStore.js';
import type { Store } from '../Store.js';
import { freshPostgres } from '../../testing/postgres.js';
import { refused } from '../../testing/contractStores.js';
import type { ExplanationKey } from '../ExplanationStore.js';

interface Subject {
  store: Store;
  /** The same database as another server has it (SQLite in memory: the same connection). */
  another(): Promise<Store>;
  sql(statement: string): Promise<void>;
  close(): Promise<void>;
}

/** The whole store with the real seed: explanations are per region, so the region choice is part of what is tested. */
const stores = [
  [
    'SQLite',
    async (): Promise<Subject> => {
      const store = SqliteStore.open(':memory:');
      await store.loadSeed(loadSeed());
      return { store, another: async () => store, sql: async (s) => void store.db.exec(s), close: () => store.close() };
    },
  ],
  [
    'PostgreSQL',
    async (): Promise<Subject> => {
      const database = await freshPostgres();
      const store = await PgStore.open(database.url);
      await store.loadSeed(loadSeed());
      const others: Store[] = [];
      return {
        store,
        another: async () => {
          const other = await PgStore.open(database.url);
          others.push(other);
          return other;
        },
        sql: async (s) => void (await database.pool.query(s)),
        close: async () => {
          for (const other of others) await other.close();
          await store.close();
          await database.drop();
        },
      };
    },
  ],
] as const;

const AT = '2026-12-06T10:00:00.000Z';
const LATER = '2026-12-06T11:00:00.000Z';
const key = (extra: Partial<ExplanationKey> = {}): ExplanationKey => ({
  peildatum: '2023-02-01',
  figure: 'RUNNING_CASES',
  municipalityCode: null,
  domainCode: null,
  ...extra,
});

describe.each(stores)('ExplanationStore on %s', (_name, open) => {
  let subject: Subject;
  beforeEach(async () => {
    subject = await open();
  }, 60_000);
  afterEach(async () => {
    await subject.close();
  }, 60_000);

  it('adds one per figure, count date, municipality and domain, and reads them back exactly, in order', async () => {
    const { store } = subject;
    const zaanstad = await store.addExplanation(key({ municipalityCode: 'GM0479' }), 'Zaanstad.', 'anna', AT);
    const region = await store.addExplanation(key(), 'Regio.', 'bram', AT);
    const perDomain = await store.addExplanation(key({ figure: 'CASES_PER_DOMAIN', domainCode: 'cter' }), 'CTER.', null, AT);
    const earlier = (await store.listCaseloadSnapshots())[0]!.peildatum;
    const first = await store.addExplanation(key({ peildatum: earlier, figure: 'CASES_CHANGE' }), 'Eerste telling.', 'anna', AT);
    expect([zaanstad, region, perDomain, first].every((id) => typeof id === 'number')).toBe(true);

    expect(await store.addExplanation(key(), 'Tweede bij hetzelfde cijfer.', 'bram', LATER)).toBeNull();
    expect(await store.addExplanation(key({ municipalityCode: 'GM0479' }), 'Nogmaals.', 'bram', LATER)).toBeNull();

    expect(await store.getExplanation(zaanstad!)).toEqual({
      id: zaanstad,
      peildatum: '2023-02-01',
      figure: 'RUNNING_CASES',
      municipalityCode: 'GM0479',
      domainCode: null,
      text: 'Zaanstad.',
      author: 'anna',
      createdAt: AT,
      updatedAt: AT,
      updatedBy: 'anna',
      version: 1,
    });
    const all = await store.listExplanations({ peildatum: null, municipalityCode: null });
    expect(all.map((e) => e.text)).toEqual(['Eerste telling.', 'CTER.', 'Regio.', 'Zaanstad.']);
    expect((await store.listExplanations({ peildatum: '2023-02-01', municipalityCode: null })).map((e) => e.id)).toEqual([
      perDomain,
      region,
      zaanstad,
    ]);
    expect((await store.listExplanations({ peildatum: null, municipalityCode: 'GM0479' })).map((e) => e.id)).toEqual([zaanstad]);
  });

  it('changes and removes only at the version read: a second edit on the same version finds it moved', async () => {
    const { store } = subject;
    const id = (await store.addExplanation(key(), 'Begin.', 'anna', AT))!;
    expect(await store.updateExplanation(id, 1, 'Van Anna.', 'anna', LATER)).toBe(true);
    expect(await store.updateExplanation(id, 1, 'Van Bram.', 'bram', LATER)).toBe(false);
    expect(await store.getExplanation(id)).toMatchObject({
      text: 'Van Anna.',
      version: 2,
      author: 'anna',
      updatedBy: 'anna',
      updatedAt: LATER,
    });
    expect(await store.removeExplanation(id, 1)).toBe(false);
    expect(await store.removeExplanation(id, 2)).toBe(true);
    expect(await store.getExplanation(id)).toBeUndefined();
    expect(await store.updateExplanation(id, 2, 'Weg.', 'anna', LATER)).toBe(false);
    expect(await store.updateExplanation(1.5, 1, 'Geen id.', 'anna', LATER)).toBe(false);
  });

  it('lets exactly one of two servers editing the same version at once succeed', async () => {
    const { store } = subject;
    const other = await subject.another();
    const id = (await store.addExplanation(key(), 'Begin.', 'anna', AT))!;
    const outcomes = await Promise.all([
      store.updateExplanation(id, 1, 'Server een.', 'anna', LATER),
      other.updateExplanation(id, 1, 'Server twee.', 'bram', LATER),
    ]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const kept = await store.getExplanation(id);
    expect(kept!.version).toBe(2);
    expect(kept!.text).toBe(outcomes[0] ? 'Server een.' : 'Server twee.');
  });

  it('moves the change stamp with every write, so cached answers are not kept', async () => {
    const { store } = subject;
    const before = await store.changeStamp();
    const id = (await store.addExplanation(key(), 'Begin.', 'anna', AT))!;
    const added = await store.changeStamp();
    expect(added).not.toBe(before);
    await store.updateExplanation(id, 1, 'Anders.', 'anna', LATER);
    const updated = await store.changeStamp();
    expect(updated).not.toBe(added);
    await store.removeExplanation(id, 2);
    expect(await store.changeStamp()).not.toBe(updated);
  });

  it('reads none on a count date the region does not have, and refuses bad rows in the schema itself', async () => {
    const { store } = subject;
    const region = (await store.getRegion()).code;
    const insert = (peildatum: string, text: string, figure = 'RUNNING_CASES') =>
      `INSERT INTO explanation (region_code, peildatum, figure, text, created_at, updated_at) VALUES ('${region}', '${peildatum}', '${figure}', '${text}', '${AT}', '${AT}')`;
    await subject.sql(insert('2020-01-01', 'Geen telling.'));
    expect(await store.listExplanations({ peildatum: null, municipalityCode: null })).toEqual([]);
    expect(await refused(subject.sql(insert('2023-02-01', '')))).toMatch(/check/i);
    expect(await refused(subject.sql(insert('2023-02-01', 'x'.repeat(501))))).toMatch(/check/i);
    expect(await refused(subject.sql(insert('2023-02-01', 'x', 'running cases')))).toMatch(/check/i);
    expect(await refused(subject.sql(insert('1 februari', 'x')))).toMatch(/check/i);
  });

  it('goes with the region when the region is cleared', async () => {
    const { store } = subject;
    await store.addExplanation(key({ municipalityCode: 'GM0479' }), 'Zaanstad.', 'anna', AT);
    await store.clear();
    expect(await store.isEmpty()).toBe(true);
    await store.loadSeed(loadSeed());
    expect(await store.listExplanations({ peildatum: null, municipalityCode: null })).toEqual([]);
  });
});
