import { describe, expect, it } from '@jest/globals';
import { AUDIT_ACTIONS } from '@zv/shared';
import { translator } from '../../i18n/LanguageContext';
import { nl as firstPageNl } from '../../i18n/messages';
import { en } from '../../i18n/messagesEn';
import { pageNl } from '../../i18n/pageMessages';
import { ACTION_NAME, actionText, detailText, objectText, type AuditNames } from './auditText';

const names: AuditNames = {
  themes: new Map([['huiselijk-geweld', 'Huiselijk geweld en kindermishandeling']]),
  domains: new Map([
    ['huiselijk-geweld', 'Ernstig huiselijk geweld'],
    ['mensenhandel', 'Mensenhandel'],
  ]),
};
const nl: Record<string, string> = { ...firstPageNl, ...pageNl };
const dutch = { t: translator('nl') };
const english = { t: translator('en') };

describe('the audit log in words', () => {
  it.each(AUDIT_ACTIONS)('names the server action %s in Dutch and in English', (action) => {
    const key = ACTION_NAME[action];
    expect(key).toBeDefined();
    expect(nl[key]).toMatch(/\S/);
    expect(en[key]).toMatch(/\S/);
    expect(actionText(action, dutch.t)).toEqual({ text: nl[key], raw: false });
    expect(actionText(action, english.t)).toEqual({ text: en[key], raw: false });
  });

  it('names no action the server does not write (the list is the server’s, not a copy)', () => {
    expect(Object.keys(ACTION_NAME).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('shows statuses by name, keeping an unknown action and text as stored', () => {
    expect(detailText('theme.setStatus', 'thema huiselijk-geweld: status', 'NOT_ASSESSED → AT_RISK', dutch.t, names)).toEqual({
      text: 'Niet beoordeeld → Risico',
      raw: false,
    });
    expect(detailText('theme.setStatus', 'thema huiselijk-geweld: status', 'NOT_ASSESSED → AT_RISK', english.t, names).text).toBe(
      'Not assessed → At risk',
    );
    expect(actionText('something.new', dutch.t)).toEqual({ text: 'something.new', raw: true });
    expect(detailText('login', 'admin', 'wachtwoord onjuist', dutch.t, names)).toEqual({ text: 'wachtwoord onjuist', raw: true });
  });

  it('says what an import did per count date or year in the reader’s language', () => {
    const detail = '2024-06-01: 0 toegevoegd, 1 gewijzigd, 0 verwijderd (totaal 101 → 104); 2024-07-01: nieuw';
    expect(detailText('import', 'CASELOAD x.csv', detail, english.t, names, 'en')).toEqual({
      text: '1 June 2024: 0 added, 1 changed, 0 removed (total 101 → 104); 1 July 2024: new',
      raw: false,
    });
    expect(detailText('import.restore', 'CASELOAD 2024-06-01 (versie 3)', 'niets gewijzigd', english.t, names, 'en').text).toBe(
      'nothing changed',
    );
    expect(detailText('import.check', 'CASELOAD x.csv', '1 fout', dutch.t, names, 'nl').text).toBe('1 fout');
    expect(
      detailText('import.check', 'CASELOAD x.csv', '3 fouten; geweigerd door de anonimiseringscontrole', english.t, names, 'en').text,
    ).toBe('3 errors; refused by the anonymisation check');
    expect(detailText('import', 'CASELOAD x.csv', 'iets anders', english.t, names, 'en')).toEqual({ text: 'iets anders', raw: true });
  });

  it('names priorities, fields, domains and import kinds in the object and detail', () => {
    expect(objectText('theme.setStatus', 'thema huiselijk-geweld: status', dutch.t, 'nl', names).text).toBe(
      'Prioriteit Huiselijk geweld en kindermishandeling: status',
    );
    expect(objectText('theme.update', 'thema huiselijk-geweld: domains', english.t, 'en', names).text).toBe(
      'Priority Huiselijk geweld en kindermishandeling: knowledge domains',
    );
    expect(
      detailText('theme.update', 'thema huiselijk-geweld: domains', 'huiselijk-geweld → huiselijk-geweld, mensenhandel', dutch.t, names)
        .text,
    ).toBe('Ernstig huiselijk geweld → Ernstig huiselijk geweld, Mensenhandel');
    expect(objectText('import', 'CASELOAD cijfers.csv', dutch.t, 'nl', names).text).toBe('Casuïstiek (aantallen), bestand cijfers.csv');
    expect(objectText('import.restore', 'CASELOAD 2024-06-01 (versie 3)', english.t, 'en', names).text).toMatch(
      /^Caseload.*, 1 June 2024 \(version 3\)$/,
    );
    expect(objectText('note.add', 'notitie 4 bij thema:zvh', dutch.t, 'nl', names).text).toBe('Notitie 4 bij thema:zvh');
    expect(objectText('user.create', 'piet', dutch.t, 'nl', names)).toEqual({ text: 'piet', raw: true });
  });
});
