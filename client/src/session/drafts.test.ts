import { afterEach, describe, expect, it } from '@jest/globals';
import { forgetDrafts, hasDraft, readDraft } from './drafts';

afterEach(() => sessionStorage.clear());

describe('drafts', () => {
  it('are kept per user and form, and read back only for that user', () => {
    sessionStorage.setItem('zv-draft:anna:note:casuistiek:', JSON.stringify('Meer meldingen'));
    expect(readDraft('anna', 'note:casuistiek:')).toBe('Meer meldingen');
    expect(hasDraft('bram', 'note:casuistiek:')).toBe(false);
    expect(hasDraft('anna', 'note:financien:')).toBe(false);
  });

  it('treat a damaged entry as no draft', () => {
    sessionStorage.setItem('zv-draft:anna:goal:new', '{not json');
    expect(readDraft('anna', 'goal:new')).toBeNull();
  });

  it("go at logout (all of them) and when another user logs in (all but theirs), leaving the app's other entries", () => {
    sessionStorage.setItem('zv-draft:anna:goal:new', '"a"');
    sessionStorage.setItem('zv-draft:bram:goal:new', '"b"');
    sessionStorage.setItem('zv-draft:anna2:goal:new', '"c"');
    sessionStorage.setItem('zv-other', 'kept');
    forgetDrafts('anna');
    // "anna2" starts with "anna": the username is closed off by the colon.
    expect(Object.keys(sessionStorage).sort()).toEqual(['zv-draft:anna:goal:new', 'zv-other']);
    forgetDrafts();
    expect(Object.keys(sessionStorage)).toEqual(['zv-other']);
  });
});
