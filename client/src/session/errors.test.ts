import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { translator } from '../i18n/LanguageContext';
import { actionFailed } from './errors';

describe('actionFailed', () => {
  const t = translator('nl');

  it('says that nothing was saved when no answer came, not that data could not be loaded', () => {
    const text = actionFailed(new TypeError('Failed to fetch'), t);
    expect(text).toBe(
      'Dat is niet gelukt: de server is niet bereikbaar, dus er is niets opgeslagen of gewijzigd. Wat u invulde staat er nog: probeer het opnieuw als de verbinding terug is.',
    );
    expect(text).not.toContain('geladen');
  });

  it("gives the server's own reason when it answered", () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'De doelwaarde moet een getal zijn.' }] });
    expect(actionFailed(error, t)).toBe('Dat is niet gelukt: De doelwaarde moet een getal zijn.');
  });
});
