import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { LanguageProvider } from '../i18n/LanguageContext';
import { SourceLine } from './SourceLine';

describe('SourceLine', () => {
  it('opens a council document that ships with the dashboard, under its title', () => {
    render(
      <LanguageProvider lang="nl">
        <SourceLine
          sources={[
            {
              document: '003_8a1aa5aa1d12b1c5.txt',
              title: "Raadsinformatiebrief 'Voortgang prioriteiten Allen voor Een'",
              section: 'Ad.a Casuïstiek ZVH ZaWa',
            },
            { document: 'Import casuistiek-2024.csv' },
          ]}
        />
      </LanguageProvider>,
    );
    expect(screen.getByRole('link', { name: "Raadsinformatiebrief 'Voortgang prioriteiten Allen voor Een'" })).toHaveAttribute(
      'href',
      '/bronnen/003_8a1aa5aa1d12b1c5.txt',
    );
    // An imported file is named, not linked: it does not ship with the dashboard.
    expect(screen.getByText('Import casuistiek-2024.csv').closest('a')).toBeNull();
  });

  it('puts a space, not a semicolon, after a source whose note ends a sentence', () => {
    const { container } = render(
      <LanguageProvider lang="nl">
        <SourceLine
          sources={[
            { document: '003_8a1aa5aa1d12b1c5.txt', title: 'Raadsinformatiebrief', note: "Tabel 'per 1-2-2023'." },
            { document: 'Import juni.csv', title: 'Aanlevering door het ZVH (importbestand juni.csv)' },
          ]}
        />
      </LanguageProvider>,
    );
    expect(container.textContent).toBe(
      "Bron: Raadsinformatiebrief. Tabel 'per 1-2-2023'. Aanlevering door het ZVH (importbestand juni.csv)",
    );
  });
});
