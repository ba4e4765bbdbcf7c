import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadLanguage, translator } from '../i18n/LanguageContext';
import type { TextContext } from '../models/context';
import { plainText, shortfallSentences, signalSentence, signalTable, type SignalData } from './signalModel';

const region: SignalData = {
  __typename: 'Signal',
  rule: 'OUT_OF_RANGE',
  severity: 'MEDIUM',
  figure: 'RUNNING_CASES',
  municipality: null,
  domain: null,
  goal: null,
  date: '2024-08-01',
  value: 159,
  direction: 'ABOVE',
  median: 137,
  mad: 0.5,
  low: 135,
  high: 139,
  crossedSince: null,
};
const goal: SignalData = {
  ...region,
  rule: 'GOAL_OFF_TRACK',
  severity: 'HIGH',
  figure: 'GOAL',
  goal: { __typename: 'Goal', id: '1', title: 'Lopende casussen hoogstens 100', indicator: 'RUNNING_CASES', unit: null },
  median: null,
  mad: null,
  low: null,
  high: 100,
};

const nl: TextContext = { lang: 'nl', t: translator('nl') };
let en: TextContext;
beforeAll(async () => {
  await loadLanguage('en');
  en = { lang: 'en', t: translator('en') };
});

describe('signals in words', () => {
  it('names the figure, the date, the value and the range it left, in Dutch and English', () => {
    expect(signalSentence(region, nl)).toBe(
      'Lopende casussen in de regio staat op 1 augustus 2024 op 159: boven de recente bandbreedte (135 tot 139; mediaan 137 van de zes tellingen ervoor).',
    );
    expect(signalSentence(region, en)).toBe(
      'Running cases in the region is 159 on 1 August 2024: above its recent range (135 to 139; median 137 of the six counts before).',
    );
    expect(signalSentence({ ...region, direction: 'BELOW', value: 120 }, nl, true)).toBe(
      'Lopende casussen in de regio: 120 op 1 augustus 2024, onder de recente bandbreedte (135 tot 139)',
    );
  });

  it('says of a goal past its at-risk band what its target is, with the title marked as the Dutch it was typed in', () => {
    const sentence = signalSentence(goal, nl);
    expect(plainText(sentence)).toBe(
      'Doel “Lopende casussen hoogstens 100” staat op 1 augustus 2024 op 159: voorbij de risicomarge (boven het doel van 100).',
    );
    expect(sentence).toContain('\u0001Lopende casussen hoogstens 100\u0002');
    expect(plainText(signalSentence(goal, en))).toBe(
      'Goal “Lopende casussen hoogstens 100” is 159 on 1 August 2024: past its at-risk band (above the target of 100).',
    );
  });

  it('says of a goal that has just crossed into its band since when, in full and in the short line', () => {
    const crossed = { ...goal, crossedSince: '2024-07-01' };
    expect(plainText(signalSentence(crossed, nl))).toBe(
      'Doel “Lopende casussen hoogstens 100” staat op 1 augustus 2024 op 159: voorbij de risicomarge (boven het doel van 100). Op 1 juli 2024 lag het nog op koers.',
    );
    expect(plainText(signalSentence(crossed, en, true))).toBe(
      'Goal “Lopende casussen hoogstens 100”: 159 on 1 August 2024, past its at-risk band (new)',
    );
  });

  it('says there are too few counts, once for all or per figure', () => {
    const shortfall = {
      __typename: 'SignalShortfall' as const,
      rule: 'OUT_OF_RANGE' as const,
      appliesToAll: true,
      figure: 'RUNNING_CASES' as const,
      municipality: null,
      domain: null,
      counts: 2,
      needed: 7,
    };
    expect(shortfallSentences([shortfall], nl)).toEqual(['Te weinig peildata om te signaleren: 2 van de 7 nodig.']);
    expect(
      shortfallSentences(
        [{ ...shortfall, appliesToAll: false, municipality: { __typename: 'Municipality', code: 'GM0479', name: 'Zaanstad' } }],
        en,
      ),
    ).toEqual(['Running cases in Zaanstad: too few count dates: 2 of the 7 needed.']);
  });

  it('has a table row per signal with its range or target', () => {
    const table = signalTable([region, goal], nl);
    expect(table.rows.map((r) => [plainText(r.header), r.cells.severity, r.cells.range])).toEqual([
      ['Lopende casussen in de regio', 'Let op', '135 – 139'],
      ['Lopende casussen hoogstens 100', 'Hoog', '… – 100'],
    ]);
  });
});
