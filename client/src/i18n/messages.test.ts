import { describe, expect, it } from '@jest/globals';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { translator } from './LanguageContext';
import { nl, type MessageKey } from './messages';
import { en } from './messagesEn';
import { pageNl } from './pageMessages';

/** The placeholders of a message, plural and select arguments included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe('the one catalogue', () => {
  it('has every message in Dutch and English, each a valid ICU message with the same placeholders', () => {
    const allDutch: Record<string, string> = { ...nl, ...pageNl };
    expect(Object.keys(nl).filter((key) => key in pageNl)).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(allDutch).sort());
    for (const key of Object.keys(allDutch) as MessageKey[]) {
      const dutch = argumentsOf(parse(allDutch[key]!, { ignoreTag: true }));
      const english = argumentsOf(parse(en[key], { ignoreTag: true }));
      expect({ key, placeholders: [...english].sort() }).toEqual({ key, placeholders: [...dutch].sort() });
    }
  });

  it('says one error and two errors in each language', () => {
    expect(translator('nl')('errorsTitle', { count: 1 })).toBe('Het bestand is niet geïmporteerd: 1 fout. Er is niets opgeslagen.');
    expect(translator('nl')('errorsTitle', { count: 1200 })).toBe(
      'Het bestand is niet geïmporteerd: 1.200 fouten. Er is niets opgeslagen.',
    );
    expect(translator('en')('errorsTitle', { count: 1 })).toBe('The file was not imported: 1 error. Nothing has been saved.');
    expect(translator('en')('errorsTitle', { count: 2 })).toBe('The file was not imported: 2 errors. Nothing has been saved.');
  });
});
