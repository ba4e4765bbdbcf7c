/**
 * Query.signals per role: the real seed (two counts: the range rule cannot run), and eight monthly
 * counts with a jump, where a signal on a count hidden from a role must not reach that role.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '../store/types.js';
import { testApi, viewerAs, type TestApi } from '../testing/api.js';
import { signalCountFile } from '../testing/signalCounts.js';

const SIGNALS = `{ signals {
  signals { rule severity figure municipality { code } domain { code } goal { title } date value direction median mad low high crossedSince }
  shortfalls { rule appliesToAll figure municipality { code } domain { code } counts needed }
} }`;

interface ApiSignal {
  rule: string;
  severity: string;
  figure: string;
  municipality: { code: string } | null;
  domain: { code: string } | null;
  goal: { title: string } | null;
  date: string;
  value: number;
  direction: string;
  median: number | null;
  mad: number | null;
  low: number | null;
  high: number | null;
}
interface ApiShortfall {
  appliesToAll: boolean;
  counts: number;
  needed: number;
  domain: { code: string } | null;
}
interface SignalsAnswer {
  signals: { signals: ApiSignal[]; shortfalls: ApiShortfall[] };
}

const ROLES: readonly [Role, string | null][] = [
  ['BEHEERDER', null],
  ['ZVH', null],
  ['BESTUURDER', null],
  ['GEMEENTE', 'GM0479'],
  ['GEMEENTE', 'GM0439'],
];

async function signalsAs(api: TestApi, role: Role, municipality: string | null = null) {
  const { data, errors } = await api.run<SignalsAnswer>(SIGNALS, {}, viewerAs(role, municipality));
  expect(errors).toBeUndefined();
  return data!.signals;
}

describe('signals with the real figures', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi();
  });
  afterAll(() => api.close());

  it('say once that there are too few counts, instead of guessing', async () => {
    for (const [role, municipality] of ROLES) {
      expect(await signalsAs(api, role, municipality)).toEqual({
        signals: [],
        shortfalls: [expect.objectContaining({ appliesToAll: true, counts: 2, needed: 7 })],
      });
    }
  });
});

describe('signals after eight monthly counts with a jump', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi();
    const imported = await api.services.imports.run('CASELOAD', [signalCountFile()], {
      dryRun: false,
      actor: { username: 'zvh', origin: 'test' },
      fileName: 'maanden.csv',
    });
    expect(imported.errors).toEqual([]);
    // August's total is 159: within the at-risk band of "at most 150" (up to 165).
    const goal = await api.run(
      'mutation { createGoal(input: { title: "Lopende casussen", indicator: RUNNING_CASES, direction: AT_MOST, target: 150 }) { id } }',
    );
    expect(goal.errors).toBeUndefined();
  });
  afterAll(() => api.close());

  it('fire for the region, Zaanstad and the goal, with the range they left', async () => {
    const { signals, shortfalls } = await signalsAs(api, 'ZVH');
    const region = signals.find((s) => s.figure === 'RUNNING_CASES' && s.municipality === null);
    // The six counts before August (February to July): 137, 136, 138, 137, 136, 137 → median 137,
    // distances 0, 1, 1, 0, 1, 0 → MAD 0,5; 2 MAD = 1 < 2 cases, so the range is 135 to 139.
    expect(region).toEqual(
      expect.objectContaining({
        rule: 'OUT_OF_RANGE',
        date: '2024-08-01',
        value: 159,
        direction: 'ABOVE',
        median: 137,
        mad: 0.5,
        low: 135,
        high: 139,
      }),
    );
    expect(signals.find((s) => s.figure === 'RUNNING_CASES' && s.municipality?.code === 'GM0479')).toMatchObject({
      value: 40,
      direction: 'ABOVE',
    });
    expect(signals.find((s) => s.figure === 'GOAL')).toMatchObject({
      rule: 'GOAL_AT_RISK',
      severity: 'MEDIUM',
      goal: { title: 'Lopende casussen' },
      value: 159,
      high: 150,
      low: null,
      // July's 137 was on track: the goal crossed into its band with August's count.
      crossedSince: '2024-07-01',
    });
    // Municipalities: nine counts (1-2-2023 and eight months); domains: eight. The region: ten.
    expect(shortfalls).toEqual([]);
  });

  it('on a count a role may not see do not reach that role; the roles that see every count get them', async () => {
    const domainSignals = async (role: Role, municipality: string | null) =>
      (await signalsAs(api, role, municipality)).signals.filter((s) => s.figure === 'DOMAIN_CASES').map((s) => s.domain?.code);
    expect(await domainSignals('ZVH', null)).toEqual(expect.arrayContaining(['mensenhandel', 'huiselijk-geweld']));
    expect(await domainSignals('BEHEERDER', null)).toEqual(expect.arrayContaining(['mensenhandel', 'huiselijk-geweld']));
    for (const [role, municipality] of ROLES.filter(([r]) => r === 'BESTUURDER' || r === 'GEMEENTE')) {
      expect(await domainSignals(role, municipality)).not.toContain('mensenhandel');
    }
  });

  it('rest, for every role, only on counts that role is shown', async () => {
    for (const [role, municipality] of ROLES) {
      const viewer = viewerAs(role, municipality);
      const { data } = await api.run<{
        caseloadSnapshots: { peildatum: string; byDomain: { domain: { code: string }; suppressed: boolean }[] }[];
      }>('{ caseloadSnapshots { peildatum byDomain { domain { code } suppressed } } }', {}, viewer);
      const withDomains = data!.caseloadSnapshots.filter((s) => s.byDomain.length > 0).slice(-7);
      const { signals, shortfalls } = await signalsAs(api, role, municipality);
      for (const signal of signals.filter((s) => s.figure === 'DOMAIN_CASES')) {
        for (const snapshot of withDomains) {
          expect(snapshot.byDomain.find((d) => d.domain.code === signal.domain?.code)?.suppressed).toBe(false);
        }
      }
      // Nor does a statement about too few counts name a domain (there are eight of them).
      expect(shortfalls.filter((s) => s.domain !== null)).toEqual([]);
    }
  });
});
