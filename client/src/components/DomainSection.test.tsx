import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { LanguageProvider } from '../i18n/LanguageContext';
import { textContext } from '../test-support/fixtures';
import { DomainSection } from './DomainSection';

const domain = (code: string, name: string, count: number | null, suppressed = false) => ({
  __typename: 'DomainCaseCount' as const,
  domain: { __typename: 'KnowledgeDomain' as const, code, name },
  count,
  suppressed,
});
const snapshot = {
  peildatum: '2023-02-01',
  peildatumPrecision: 'DAY' as const,
  source: { __typename: 'Source' as const, document: '003_8a1aa5aa1d12b1c5.txt', section: null, note: null, title: null, url: null },
  byDomain: [domain('hg', 'Huiselijk geweld', 31), domain('rad', 'Radicalisering', null, true), domain('ovd', 'Ondermijning', 12)],
};

function renderSection(byDomain = snapshot.byDomain) {
  render(
    <LanguageProvider lang="nl">
      <DomainSection snapshot={{ ...snapshot, byDomain }} suppressBelow={5} ctx={textContext('nl')} />
    </LanguageProvider>,
  );
}

describe('DomainSection', () => {
  it('shows a suppressed count as "afgeschermd", never as a range, in the chart and the table, with the note under the chart', () => {
    renderSection();
    const chart = screen.getByRole('group', { name: /Casussen per kennisdomein/ });
    expect(within(chart).getByText('afgeschermd')).toBeInTheDocument();
    expect(chart.querySelector('[aria-label="Radicalisering afgeschermd"]')).not.toBeNull();
    expect(within(chart).queryByText(/< ?5|minder dan/)).not.toBeInTheDocument();
    // The note says what a hidden count may be: small, or hidden to protect one (0, or 5 and more).
    const note =
      'Afgeschermd: kleine aantallen (1 tot en met 4) tonen we niet, zodat niemand herleidbaar is, en ook aantallen waaruit ze te berekenen zouden zijn. Een afgeschermd aantal kan daarom ook 0 zijn, of 5 en meer.';
    expect(
      screen.getByText(
        (_, element) => element?.classList.contains('zv-source__extra') === true && (element.textContent ?? '').endsWith(note),
      ),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Tabel tonen' }));
    const row = within(screen.getByRole('table')).getByRole('row', { name: /^Radicalisering/ });
    expect(within(row).getByRole('cell')).toHaveTextContent('afgeschermd');
  });

  it('says "withheld" in English', () => {
    render(
      <LanguageProvider lang="en">
        <DomainSection snapshot={snapshot} suppressBelow={5} ctx={textContext('en')} />
      </LanguageProvider>,
    );
    expect(screen.getAllByText('withheld').length).toBeGreaterThan(0);
    expect(screen.getByText(/A withheld count may therefore also be 0, or 5 or more\./)).toBeInTheDocument();
  });

  it('has no note when nothing is suppressed', () => {
    renderSection([domain('hg', 'Huiselijk geweld', 31)]);
    expect(screen.queryByText(/Afgeschermd:/)).not.toBeInTheDocument();
  });

  it('marks an explanation of a domain at this count date on its bar, in its name and in the table', () => {
    const onDomain = (id: string, n: number, peildatum: string, code: string, text: string) => ({
      n,
      explanation: {
        __typename: 'Explanation' as const,
        id,
        peildatum,
        figure: 'CASES_PER_DOMAIN',
        municipality: null,
        domain: { __typename: 'KnowledgeDomain' as const, code, name: code },
        text,
        version: 1,
      },
    });
    render(
      <LanguageProvider lang="nl">
        <DomainSection
          snapshot={snapshot}
          suppressBelow={5}
          ctx={textContext('nl')}
          explanations={[onDomain('1', 1, '2022-01-01', 'hg', 'Ouder.'), onDomain('2', 2, '2023-02-01', 'hg', 'Nieuwe meldcode.')]}
        />
      </LanguageProvider>,
    );
    const chart = screen.getByRole('group', { name: /Casussen per kennisdomein/ });
    const markers = chart.querySelectorAll('.chart-explanation-marker');
    expect([...markers].map((m) => m.textContent)).toEqual(['2']);
    expect(chart.querySelector('[aria-label="Huiselijk geweld 31. Toelichting 2: Nieuwe meldcode."]')).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Tabel tonen' }));
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Toelichting' })).toBeInTheDocument();
    expect(
      within(within(table).getByRole('row', { name: /^Huiselijk geweld/ }))
        .getAllByRole('cell')
        .at(-1),
    ).toHaveTextContent('[2] Nieuwe meldcode.');
    expect(
      within(within(table).getByRole('row', { name: /^Ondermijning/ }))
        .getAllByRole('cell')
        .at(-1),
    ).toHaveTextContent('–');
  });
});
