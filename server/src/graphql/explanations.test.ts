/**
 * Explanations through the API, per role: who may write which figure's explanation, what each role
 * reads (never one on a count hidden from it), the errors a person gets, the audit log, and two
 * people editing one explanation at once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Viewer } from '../auth/viewer.js';
import { testApi, seededStore, testServices, viewerAs, type TestApi } from '../testing/api.js';
import { DOMAIN_CODES, generateTable, insertTable, MUNICIPALITY_CODES } from '../testing/domainCounts.js';

const LATEST = '2023-02-01';
const DOMAIN_DATE = '2024-06-01';
const ZVH = viewerAs('ZVH');
const BEHEERDER = viewerAs('BEHEERDER');
const BESTUURDER = viewerAs('BESTUURDER');
const ZAANSTAD = viewerAs('GEMEENTE', 'GM0479');
const PURMEREND = viewerAs('GEMEENTE', 'GM0439');

const FIELDS = 'id peildatum figure municipality { code } domain { code } text author version';
const ADD = `mutation ($input: ExplanationInput!) { addExplanation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $text: String!) { updateExplanation(id: $id, version: $version, text: $text) { ${FIELDS} } }`;
const REMOVE = 'mutation ($id: ID!, $version: Int!) { removeExplanation(id: $id, version: $version) }';
const LIST = `query ($peildatum: Date, $municipalityCode: ID) { explanations(peildatum: $peildatum, municipalityCode: $municipalityCode) { ${FIELDS} } }`;

interface ApiExplanation {
  id: string;
  peildatum: string;
  figure: string;
  municipality: { code: string } | null;
  domain: { code: string } | null;
  text: string;
  author: string | null;
  version: number;
}

let api: TestApi;
beforeAll(async () => {
  const store = await seededStore();
  // A count per municipality and knowledge domain (generated) whose small counts are hidden from restricted roles.
  await insertTable(store, DOMAIN_DATE, generateTable(33));
  api = await testApi({ store, services: testServices(store) });
});
afterAll(() => api.close());

async function add(viewer: Viewer, input: Record<string, unknown>) {
  return api.run<{ addExplanation: ApiExplanation }>(ADD, { input }, viewer);
}
async function added(viewer: Viewer, input: Record<string, unknown>): Promise<ApiExplanation> {
  const { data, errors } = await add(viewer, input);
  expect(errors).toBeUndefined();
  return data!.addExplanation;
}
async function listAs(viewer: Viewer, variables: Record<string, unknown> = {}): Promise<ApiExplanation[]> {
  const { data, errors } = await api.run<{ explanations: ApiExplanation[] }>(LIST, variables, viewer);
  expect(errors).toBeUndefined();
  return data!.explanations;
}
function refusal(result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) {
  expect(result.errors).toHaveLength(1);
  return { code: result.errors![0]!.extensions?.['code'], message: result.errors![0]!.message };
}

describe('writing', () => {
  it('lets the ZVH explain a figure of the region, which every role then reads, and audits it', async () => {
    const made = await added(ZVH, { peildatum: LATEST, figure: 'RUNNING_CASES', text: '  Meer meldingen na de campagne.  ' });
    expect(made).toMatchObject({ peildatum: LATEST, figure: 'RUNNING_CASES', municipality: null, domain: null, version: 1 });
    expect(made.text).toBe('Meer meldingen na de campagne.');
    for (const viewer of [ZVH, BEHEERDER, BESTUURDER, ZAANSTAD, PURMEREND]) {
      expect((await listAs(viewer, { peildatum: LATEST })).map((e) => e.id)).toContain(made.id);
    }
    const audit = await api.store.recentAudit(5);
    expect(audit.find((a) => a.action === 'explanation.add')).toMatchObject({
      actor: 'test-zvh',
      object: `toelichting ${made.id}: RUNNING_CASES ${LATEST} regio`,
      result: 'ok',
      detail: 'Meer meldingen na de campagne.',
    });
  });

  it('lets a municipality explain its own figures, and nothing of the region or another municipality', async () => {
    const own = await added(ZAANSTAD, {
      peildatum: LATEST,
      figure: 'CASES_PER_10K',
      municipalityCode: 'GM0479',
      text: 'Nieuwe wijkaanpak.',
    });
    expect(own.municipality).toEqual({ code: 'GM0479' });
    const other = refusal(await add(ZAANSTAD, { peildatum: LATEST, figure: 'RUNNING_CASES', municipalityCode: 'GM0439', text: 'x' }));
    expect(other.code).toBe('FORBIDDEN');
    expect(other.message).toMatch(/eigen gemeente/);
    expect(refusal(await add(ZAANSTAD, { peildatum: LATEST, figure: 'CASES_CHANGE', text: 'x' })).code).toBe('FORBIDDEN');

    // Purmerend can neither change nor remove Zaanstad's, and hears the same as for an id that does not exist.
    const edit = refusal(await api.run(UPDATE, { id: own.id, version: 1, text: 'Overschreven' }, PURMEREND));
    const none = refusal(await api.run(UPDATE, { id: '999999', version: 1, text: 'Overschreven' }, PURMEREND));
    expect(edit.code).toBe('FORBIDDEN');
    expect(edit.message.replace(own.id, 'N')).toBe(none.message.replace('999999', 'N'));
    expect(refusal(await api.run(REMOVE, { id: own.id, version: 1 }, PURMEREND)).code).toBe('FORBIDDEN');
    expect((await listAs(ZVH, { municipalityCode: 'GM0479' })).find((e) => e.id === own.id)?.text).toBe('Nieuwe wijkaanpak.');
  });

  it('lets the beheerder write as the ZVH does, and the bestuurder read only', async () => {
    const made = await added(BEHEERDER, { peildatum: LATEST, figure: 'UNSPECIFIED_CASES', text: 'Registratie verbeterd.' });
    for (const operation of [
      add(BESTUURDER, { peildatum: LATEST, figure: 'RUNNING_CASES', municipalityCode: 'GM0479', text: 'x' }),
      api.run(UPDATE, { id: made.id, version: 1, text: 'x' }, BESTUURDER),
      api.run(REMOVE, { id: made.id, version: 1 }, BESTUURDER),
    ]) {
      const { code, message } = refusal(await operation);
      expect(code).toBe('FORBIDDEN');
      expect(message).toMatch(/bestuurder/);
    }
  });

  it('says what to fix: unknown count date or figure, a figure that does not exist there, empty or too long a text', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ peildatum: '2023-03-01', figure: 'RUNNING_CASES', text: 'x' }, /geen telling op peildatum 2023-03-01/],
      [{ peildatum: LATEST, figure: 'HAPPINESS', text: 'x' }, /Onbekend cijfer "HAPPINESS".*RUNNING_CASES/],
      [{ peildatum: LATEST, figure: 'SHARE_OF_REGION', text: 'x' }, /per gemeente: kies een gemeente/],
      [{ peildatum: LATEST, figure: 'CASES_CHANGE', municipalityCode: 'GM0479', text: 'x' }, /cijfer van de regio/],
      [{ peildatum: LATEST, figure: 'CASES_PER_DOMAIN', domainCode: 'cter', text: 'x' }, /niet per kennisdomein uitgesplitst/],
      [{ peildatum: LATEST, figure: 'RUNNING_CASES', municipalityCode: 'GM9999', text: 'x' }, /GM9999.*bestaat niet/],
      [{ peildatum: LATEST, figure: 'CASES_PER_10K', text: '   ' }, /1 tot 500 tekens/],
      [{ peildatum: LATEST, figure: 'CASES_PER_10K', text: 'a'.repeat(501) }, /te lang: hoogstens 500 tekens, dit zijn er 501/],
      [{ peildatum: LATEST, figure: 'CASES_PER_10K', text: 'a'.repeat(1001) }, /te lang: hoogstens 1\.000 tekens/],
    ];
    for (const [input, message] of cases) {
      const { code, message: said } = refusal(await add(ZVH, input));
      expect(code).toBe('BAD_USER_INPUT');
      expect(said).toMatch(message);
    }
    expect(await listAs(ZVH, { peildatum: LATEST })).not.toContainEqual(
      expect.objectContaining({ figure: 'CASES_PER_10K', municipality: null }),
    );
  });

  it("lets a municipality explain its own count per knowledge domain, not the region's; and says what to fix about the domain", async () => {
    const domain = DOMAIN_CODES[0]!;
    const own = await added(ZAANSTAD, {
      peildatum: DOMAIN_DATE,
      figure: 'CASES_PER_DOMAIN',
      municipalityCode: 'GM0479',
      domainCode: domain,
      text: 'Eigen kennisdomein.',
    });
    expect(own.domain).toEqual({ code: domain });
    expect(refusal(await add(ZAANSTAD, { peildatum: DOMAIN_DATE, figure: 'CASES_PER_DOMAIN', domainCode: domain, text: 'x' })).code).toBe(
      'FORBIDDEN',
    );
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ peildatum: DOMAIN_DATE, figure: 'CASES_PER_DOMAIN', text: 'x' }, /per kennisdomein: kies een kennisdomein/],
      [
        { peildatum: DOMAIN_DATE, figure: 'RUNNING_CASES', domainCode: domain, text: 'x' },
        /Alleen bij CASES_PER_DOMAIN hoort een kennisdomein/,
      ],
      [{ peildatum: DOMAIN_DATE, figure: 'CASES_PER_DOMAIN', domainCode: 'geen', text: 'x' }, /Onbekend kennisdomein: geen/],
    ];
    for (const [input, message] of cases) {
      const { code, message: said } = refusal(await add(ZVH, input));
      expect(code).toBe('BAD_USER_INPUT');
      expect(said).toMatch(message);
    }
  });

  it('keeps one explanation per figure: a second is refused with a pointer to the first', async () => {
    await added(ZVH, { peildatum: LATEST, figure: 'SHARE_OF_REGION', municipalityCode: 'GM0439', text: 'Eerste.' });
    const { code, message } = refusal(
      await add(ZVH, { peildatum: LATEST, figure: 'SHARE_OF_REGION', municipalityCode: 'GM0439', text: 'Tweede.' }),
    );
    expect(code).toBe('CONFLICT');
    expect(message).toMatch(/staat al een toelichting/);
  });
});

describe('two people editing at once', () => {
  it('keeps the first edit and tells the second that it changed meanwhile', async () => {
    const made = await added(ZVH, { peildatum: LATEST, figure: 'RUNNING_CASES', municipalityCode: 'GM0385', text: 'Begin.' });
    const first = await api.run<{ updateExplanation: ApiExplanation }>(UPDATE, { id: made.id, version: 1, text: 'Van Anna.' }, ZVH);
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateExplanation).toMatchObject({ text: 'Van Anna.', version: 2 });
    const second = refusal(await api.run(UPDATE, { id: made.id, version: 1, text: 'Van Bram.' }, BEHEERDER));
    expect(second.code).toBe('CONFLICT');
    expect(second.message).toMatch(/intussen door iemand anders gewijzigd/);
    expect(refusal(await api.run(REMOVE, { id: made.id, version: 1 }, ZVH)).code).toBe('CONFLICT');
    expect((await listAs(ZVH, { municipalityCode: 'GM0385' })).find((e) => e.id === made.id)?.text).toBe('Van Anna.');

    const removed = await api.run<{ removeExplanation: boolean }>(REMOVE, { id: made.id, version: 2 }, ZVH);
    expect(removed).toEqual({ data: { removeExplanation: true } });
    expect((await listAs(ZVH, { municipalityCode: 'GM0385' })).map((e) => e.id)).not.toContain(made.id);
    const actions = (await api.store.recentAudit(10)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['explanation.update', 'explanation.remove']));
  });
});

describe('an explanation on a count per knowledge domain', () => {
  it('reaches only the roles that see that count: not even its existence reaches the others', async () => {
    // A count of Purmerend per domain that the bestuurder does not see (a small count, or its complement).
    const { data } = await api.run<{
      caseload: { byMunicipality: { municipality: { code: string }; byDomain: { domain: { code: string }; suppressed: boolean }[] }[] };
    }>(
      'query ($d: Date) { caseload(peildatum: $d) { byMunicipality { municipality { code } byDomain { domain { code } suppressed } } } }',
      { d: DOMAIN_DATE },
      BESTUURDER,
    );
    const hidden = data!.caseload.byMunicipality
      .flatMap((m) => m.byDomain.filter((d) => d.suppressed).map((d) => ({ municipality: m.municipality.code, domain: d.domain.code })))
      .find((c) => c.municipality === 'GM0439');
    expect(hidden).toBeDefined();
    const shown = DOMAIN_CODES.find(
      (d) =>
        !data!.caseload.byMunicipality.find((m) => m.municipality.code === 'GM0439')!.byDomain.find((c) => c.domain.code === d)!.suppressed,
    );
    const secret = await added(ZVH, {
      peildatum: DOMAIN_DATE,
      figure: 'CASES_PER_DOMAIN',
      municipalityCode: hidden!.municipality,
      domainCode: hidden!.domain,
      text: 'Eén zaak.',
    });
    const ids = async (viewer: Viewer) => (await listAs(viewer, { peildatum: DOMAIN_DATE })).map((e) => e.id);
    expect(await ids(ZVH)).toContain(secret.id);
    expect(await ids(BEHEERDER)).toContain(secret.id);
    // Purmerend sees its own row exactly, so its own explanation too.
    expect(await ids(PURMEREND)).toContain(secret.id);
    expect(await ids(BESTUURDER)).not.toContain(secret.id);
    expect(await ids(ZAANSTAD)).not.toContain(secret.id);

    // The region's count of a domain every role sees: everyone reads its explanation.
    if (shown) {
      const open = await added(ZVH, {
        peildatum: DOMAIN_DATE,
        figure: 'CASES_PER_DOMAIN',
        municipalityCode: 'GM0439',
        domainCode: shown,
        text: 'Zichtbaar.',
      });
      expect(await ids(BESTUURDER)).toContain(open.id);
    }
    expect(MUNICIPALITY_CODES).toContain('GM0439');
  });
});
