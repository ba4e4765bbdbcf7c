import { describe, expect, it } from '@jest/globals';
import { closest, editDistance } from './suggest.js';

const municipalities = ['Edam-Volendam', 'Landsmeer', 'Oostzaan', 'Purmerend', 'Waterland', 'Wormerland', 'Zaanstad'];

describe('editDistance', () => {
  it('counts inserts, deletes, replacements and swaps of neighbours', () => {
    expect(editDistance('zaanstat', 'zaanstad')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('purmerned', 'purmerend')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closest', () => {
  it('suggests the municipality a typo was meant to be', () => {
    expect(closest('Zaanstat', municipalities)).toBe('Zaanstad');
    expect(closest('purmerned', municipalities)).toBe('Purmerend');
    expect(closest('Oostzan', municipalities)).toBe('Oostzaan');
  });

  it('completes the start of a single name', () => {
    expect(closest('Edam', municipalities)).toBe('Edam-Volendam');
  });

  it('suggests nothing for a name that is not close to any', () => {
    expect(closest('Amsterdam', municipalities)).toBeNull();
    expect(closest('x', municipalities)).toBeNull();
    expect(closest('', municipalities)).toBeNull();
  });
});
