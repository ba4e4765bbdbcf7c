import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { GroupedBarChart } from './GroupedBarChart';
import { HighlightContext } from './highlight';
import { ShareComparisonChart } from './ShareComparisonChart';
import { SHARE_SERIES, YEARS, contributionGroups, shareRows } from './testData';

const formatTick = (value: number) => `€ ${value}`;

describe('GroupedBarChart', () => {
  it('renders a focusable mark per bar with its aria-label and visible value', () => {
    render(<GroupedBarChart label="Bijdragen per gemeente" series={YEARS} groups={contributionGroups()} formatTick={formatTick} />);
    const marks = screen.getAllByRole('img');
    expect(marks).toHaveLength(14);
    expect(screen.getByRole('img', { name: 'Zaanstad, 2024: € 137.949' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByText('€ 131.804')).toBeInTheDocument();
    expect(screen.getByText('€ 8.519')).toBeInTheDocument();
  });

  it('calls onSelect with the group key on Enter or click on any of its bars', () => {
    const onSelect = jest.fn<(key: string) => void>();
    render(<GroupedBarChart label="Bijdragen" series={YEARS} groups={contributionGroups()} formatTick={formatTick} onSelect={onSelect} />);
    fireEvent.keyDown(screen.getByRole('link', { name: 'Zaanstad, 2024: € 137.949' }), { key: 'Enter' });
    fireEvent.click(screen.getByRole('link', { name: 'Landsmeer, 2023: € 9.715' }));
    fireEvent.click(screen.getByText('Purmerend'));
    expect(onSelect.mock.calls).toEqual([['GM0479'], ['GM0415'], ['GM0439']]);
  });

  it('tells the series apart by pattern too: the 2nd series is hatched and outlined, like its legend swatch', () => {
    const { container } = render(
      <GroupedBarChart label="Bijdragen" series={YEARS} groups={contributionGroups()} formatTick={formatTick} />,
    );
    const first = screen.getByRole('img', { name: 'Zaanstad, 2023: € 131.804' }).querySelector('.chart-bar')!;
    const second = screen.getByRole('img', { name: 'Zaanstad, 2024: € 137.949' }).querySelector('.chart-bar')!;
    expect(first.getAttribute('fill')).toMatch(/^#/);
    const patternFill = second.getAttribute('fill') ?? '';
    expect(patternFill).toMatch(/^url\(#[A-Za-z0-9_-]+\)$/);
    expect(container.querySelector(`pattern[id="${patternFill.slice(5, -1)}"]`)).not.toBeNull();
    expect(second).toHaveAttribute('stroke', '#1a1a1a');
    const swatches = [...container.querySelectorAll('.chart-legend rect')].map((r) => r.getAttribute('fill'));
    expect(swatches).toEqual([first.getAttribute('fill'), patternFill]);
    expect(screen.getByText('2024')).toBeInTheDocument();
  });

  it('draws a reference line dashed over the bars, with its labels and a legend entry, hidden from screen readers', () => {
    const groups = contributionGroups().slice(0, 3);
    const reference = {
      legend: 'Norm',
      values: [
        { group: groups[0]!.key, value: 20000, label: 'norm € 20.000' },
        { group: groups[1]!.key, value: 20000, label: 'norm € 20.000' },
        { group: groups[2]!.key, value: 30000, label: 'norm € 30.000' },
      ],
    };
    const { container } = render(
      <GroupedBarChart label="Bijdragen" series={YEARS} groups={groups} formatTick={formatTick} reference={reference} />,
    );
    const line = container.querySelector('.chart-reference')!;
    expect(line).toHaveAttribute('aria-hidden', 'true');
    const dashed = line.querySelector('.chart-reference__line')!;
    expect(dashed.getAttribute('stroke-dasharray')).toMatch(/^\d+ \d+$/);
    expect(dashed.getAttribute('stroke')).toBe('#1a1a1a');
    expect([...line.querySelectorAll('.chart-reference__label')].map((t) => t.textContent)).toEqual(['norm € 20.000', 'norm € 30.000']);
    const legend = [...container.querySelectorAll('.chart-legend text')].map((t) => t.textContent);
    expect(legend).toEqual(['2023', '2024', 'Norm']);
    expect(container.querySelector('.chart-legend line')?.getAttribute('stroke-dasharray')).toBeTruthy();
    // Only the bars are marks: the line adds none.
    expect(screen.getAllByRole('img')).toHaveLength(6);
  });

  it('gives two charts on one page different pattern ids', () => {
    const { container } = render(
      <>
        <GroupedBarChart label="A" series={YEARS} groups={contributionGroups()} formatTick={formatTick} />
        <GroupedBarChart label="B" series={YEARS} groups={contributionGroups()} formatTick={formatTick} compact />
      </>,
    );
    const ids = [...container.querySelectorAll('pattern')].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names a GEMEENTE user's own municipality in bold, here and in the share comparison", () => {
    const weightOf = (container: HTMLElement, name: string) =>
      [...container.querySelectorAll('text.chart-group-label')].find((t) => t.textContent === name)?.getAttribute('font-weight');
    const { container } = render(
      <HighlightContext.Provider value="GM0439">
        <GroupedBarChart label="Bijdragen" series={YEARS} groups={contributionGroups()} formatTick={String} />
        <ShareComparisonChart label="Aandelen" series={SHARE_SERIES} rows={shareRows()} formatTick={String} />
      </HighlightContext.Provider>,
    );
    const [grouped, shares] = [...container.querySelectorAll('svg.chart')] as HTMLElement[];
    expect([weightOf(grouped!, 'Purmerend'), weightOf(grouped!, 'Zaanstad')]).toEqual(['700', '400']);
    expect([weightOf(shares!, 'Purmerend'), weightOf(shares!, 'Zaanstad')]).toEqual(['700', '400']);
  });
});
