import { beforeAll, describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { loadLanguage, translator } from '../i18n/LanguageContext';
import { actionFailed, errorText } from './errors';

beforeAll(() => loadLanguage('en'));

describe('actionFailed', () => {
  const t = translator('nl');

  it('says that nothing was saved when no answer came, not that data could not be loaded', () => {
    const text = actionFailed(new TypeError('Failed to fetch'), t, 'nl');
    expect(text).toBe(
      'Dat is niet gelukt: de server is niet bereikbaar, dus er is niets opgeslagen of gewijzigd. Wat u invulde staat er nog: probeer het opnieuw als de verbinding terug is.',
    );
    expect(text).not.toContain('geladen');
  });

  it("gives the server's own reason when it answered", () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'De doelwaarde moet een getal zijn.' }] });
    expect(actionFailed(error, t, 'nl')).toBe('Dat is niet gelukt: De doelwaarde moet een getal zijn.');
  });
});

describe("errorText: the server's message in the dashboard's language", () => {
  const refused = new CombinedGraphQLErrors({
    errors: [
      {
        message: 'Het doel (target) moet een getal zijn.',
        extensions: { code: 'BAD_USER_INPUT', messageEn: 'The target must be a number.' },
      },
    ],
  });

  it('is the Dutch message in Dutch', () => {
    expect(errorText(refused, translator('nl'), 'nl')).toBe('Het doel (target) moet een getal zijn.');
  });

  it('is the English beside it in English, also inside a failed action', () => {
    expect(errorText(refused, translator('en'), 'en')).toBe('The target must be a number.');
    expect(actionFailed(refused, translator('en'), 'en')).toBe('That did not work: The target must be a number.');
  });

  it('says so when a server older than the dashboard gave the reason in Dutch only', () => {
    const dutchOnly = new CombinedGraphQLErrors({ errors: [{ message: 'Doel 7 bestaat niet.', extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(errorText(dutchOnly, translator('en'), 'en')).toBe('(the server gave this reason in Dutch only) Doel 7 bestaat niet.');
  });

  it('joins several errors, each in English', () => {
    const two = new CombinedGraphQLErrors({
      errors: [
        { message: 'Een.', extensions: { messageEn: 'One.' } },
        { message: 'Twee.', extensions: { messageEn: 'Two.' } },
      ],
    });
    expect(errorText(two, translator('en'), 'en')).toBe('One. Two.');
  });

  it('says the server is unreachable, in the language, when no answer came', () => {
    expect(errorText(new TypeError('Failed to fetch'), translator('en'), 'en')).toBe(
      'The data could not be loaded: the server is not reachable. Check the connection and try again.',
    );
  });
});
