import { describe, expect, it } from '@jest/globals';
import { reportSources } from './RapportPage';

describe('reportSources', () => {
  it('lists every document once, in the order first used, with its sections', () => {
    expect(
      reportSources([
        { document: '003.txt', section: 'Casuïstiek', title: 'Raadsinformatiebrief' },
        { document: '005.txt', section: null, title: null, url: 'https://example.org' },
        { document: '003.txt', section: 'Prioriteiten' },
        { document: '003.txt', section: 'Casuïstiek' },
      ]),
    ).toEqual([
      { document: '003.txt', title: 'Raadsinformatiebrief', url: null, sections: ['Casuïstiek', 'Prioriteiten'] },
      { document: '005.txt', title: null, url: 'https://example.org', sections: [] },
    ]);
  });
});
