import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { useSearch } from 'wouter';
import { LanguageProvider } from '../../i18n/LanguageContext';
import { Slides } from './PresentatiePage';
import type { SteeringData } from '../../steering/slides';
import { steeringData } from '../../steering/steeringTestData';
import { useLanguage } from '../../i18n/LanguageContext';

function Harness({ data, onLeave }: { data: SteeringData; onLeave: () => void }) {
  const ctx = useLanguage();
  const search = useSearch();
  return <Slides data={data} ctx={ctx} search={search} leave={onLeave} />;
}

function renderSlides(data = steeringData(), onLeave: () => void = () => undefined) {
  return render(
    <LanguageProvider lang="nl">
      <Harness data={data} onLeave={onLeave} />
    </LanguageProvider>,
  );
}

const title = () => screen.getByRole('heading', { level: 1 }).textContent;
const counter = () => screen.getByTestId('slide-counter').textContent;

afterEach(() => window.history.replaceState(null, '', '/'));

describe('presentation slides', () => {
  it("starts on the overview with the headline figures and steps with the clicker's keys, keeping ?dia= in the URL", () => {
    window.history.replaceState(null, '', '/presentatie');
    renderSlides();
    expect(title()).toBe('Overzicht');
    expect(counter()).toBe('1 / 6');
    expect(screen.getByText('96')).toBeInTheDocument();
    // the rate of the latest broken-down count (caseloadBreakdown) and its basis
    expect(screen.getByText('2,8')).toBeInTheDocument();
    expect(screen.getByText('regio, inwoners 2020, 2021, 2022')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(title()).toBe('Aandachtspunten');
    expect(counter()).toBe('2 / 6');
    expect(window.location.search).toBe('?dia=2');
    // The overview's rule: worst first, a priority before a goal of the same severity; the goal on track is not listed.
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^✕Uit koersLopende casussen onder 90/);
    expect(items[1]).toMatch(/^!Risico4\. Mensenhandel$/);
    expect(items[2]).toMatch(/^⌛VerouderdVoortgang handmatig/);
    expect(items.join(' ')).not.toContain('Bijdragen op peil');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(title()).toBe('Prioriteiten');
    expect(screen.getByText('Dia 3 van 6: Prioriteiten')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'ArrowDown' });
    expect(title()).toBe('Casuïstiek');
    fireEvent.keyDown(window, { key: 'PageUp' });
    expect(counter()).toBe('3 / 6');
    fireEvent.keyDown(window, { key: 'End' });
    expect(title()).toBe('Signalen');
    // The real figures: two counts, and the rule says so rather than guessing.
    expect(screen.getByText('Te weinig peildata om te signaleren: 2 van de 7 nodig.')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'Home' });
    expect(title()).toBe('Overzicht');
  });

  it('opens on the slide in the URL, and Escape leaves', () => {
    window.history.replaceState(null, '', '/presentatie?dia=4');
    const onLeave = jest.fn();
    renderSlides(steeringData(), onLeave);
    expect(title()).toBe('Casuïstiek');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it('shows the cases per municipality of the broken-down count and the trend of every count', () => {
    window.history.replaceState(null, '', '/presentatie?dia=4');
    renderSlides();
    expect(screen.getByText('Lopende casussen per gemeente, 1 februari 2023')).toBeInTheDocument();
    expect(screen.getByText(/^Zaanstad heeft 45 van de 96 lopende casussen; 9 zijn aan geen gemeente toegewezen/)).toBeInTheDocument();
    expect(
      screen.getByText('Het aantal lopende casussen ging van 44 (januari 2022) naar 96 (1 februari 2023): +118%.'),
    ).toBeInTheDocument();
  });

  it('leaves out the rate and the chart per municipality when no count is broken down', () => {
    window.history.replaceState(null, '', '/presentatie');
    const { unmount } = renderSlides(steeringData({ caseloadBreakdown: null }));
    expect(screen.getByText('96')).toBeInTheDocument();
    expect(screen.queryByText('2,8')).not.toBeInTheDocument();
    unmount();
    window.history.replaceState(null, '', '/presentatie?dia=4');
    renderSlides(steeringData({ caseloadBreakdown: null }));
    expect(screen.queryByText(/^Lopende casussen per gemeente/)).not.toBeInTheDocument();
    expect(screen.getByText('Lopende casussen in de regio per peildatum')).toBeInTheDocument();
  });

  it('says "Geen aandachtspunten" when no goal or priority needs attention', () => {
    window.history.replaceState(null, '', '/presentatie?dia=2');
    const data = steeringData({ goals: [] });
    renderSlides({ ...data, themes: data.themes.map((th) => ({ ...th, status: 'ON_TRACK' as const })) });
    expect(screen.getByText('Geen aandachtspunten')).toBeInTheDocument();
  });

  it('shows the priorities in one status table: status as icon and word, their goals per status, the latest common thread', () => {
    window.history.replaceState(null, '', '/presentatie?dia=3');
    renderSlides();
    expect(title()).toBe('Prioriteiten');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['1 Onbegrepen gedrag', '4 Mensenhandel']);
    const mensenhandel = rows[1]!.textContent ?? '';
    expect(mensenhandel).toContain('!Risico');
    // its one goal is out of date
    expect(mensenhandel).toMatch(/⌛Verouderd\s*1/);
    expect(mensenhandel).toMatch(/Meer meldingen uit Zaanstad/);
    const onbegrepen = rows[0]!.textContent ?? '';
    expect(onbegrepen).toContain('Geen doelen');
    expect(onbegrepen).toContain('Nog geen rode draad');
  });
});
