import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { nl } from '../src/i18n/messages';
import { pageNl } from '../src/i18n/pageMessages';
import { firstLoadModules, textsUsed } from './firstLoad';

const main = fileURLToPath(new URL('../src/main.tsx', import.meta.url));

describe('the texts of the first page (decision 0024)', () => {
  const modules = firstLoadModules(main);
  const pageKeys = Object.keys(pageNl);

  it('follows the first load through its static imports, not into the pages loaded later', () => {
    const names = modules.map((file) => file.replace(/.*\/client\/src\//, ''));
    expect(names).toEqual(expect.arrayContaining(['main.tsx', 'App.tsx', 'routes/overzicht/OverzichtPage.tsx', 'components/Layout.tsx']));
    expect(names.filter((name) => /routes\/(casuistiek|beheer|account)\/|LoginPage/.test(name))).toEqual([]);
  });

  it('are all in messages.ts, none only in pageMessages.ts', () => {
    const misplaced = modules.flatMap((file) =>
      [...textsUsed(readFileSync(file, 'utf8'), pageKeys)].map((key) => `${file.replace(/.*\/client\//, '')}: ${key}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('recognises a text named as a literal and one built from a prefix', () => {
    const keys = ['statusON_TRACK', 'statusAT_RISK', 'logout', 'importTitle'];
    expect([...textsUsed("t('logout'); t(`status${s}`)", keys)].sort()).toEqual(['logout', 'statusAT_RISK', 'statusON_TRACK']);
    expect(Object.keys(nl)).toContain('logout');
  });
});
