import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { MAP_CLASS_COLORS } from './palette';
import { RegionMap } from './RegionMap';
import { caseMarks, regionFeatures } from './testData';
import type { RegionMapProps } from './types';

function renderMap(props: Partial<RegionMapProps> = {}) {
  return render(
    <RegionMap
      label="Casussen per gemeente op de kaart"
      features={regionFeatures()}
      data={caseMarks()}
      legendTitle="Casussen op 1 februari 2023"
      formatTick={(value) => String(value)}
      attribution="Kaart: CBS/PDOK, CC BY 4.0"
      {...props}
    />,
  );
}

const areaFill = (name: string) =>
  screen
    .getByRole('img', { name: `${name}: ${name === 'Zaanstad' ? 45 : 27} casussen` })
    .querySelector('.chart-map-area')
    ?.getAttribute('fill');

describe('RegionMap', () => {
  it('renders the seven municipalities as focusable marks with their labels', () => {
    const { container } = renderMap();
    const marks = screen.getAllByRole('img');
    expect(marks).toHaveLength(7);
    for (const mark of marks) expect(mark).toHaveAttribute('tabindex', '0');
    expect(container.querySelectorAll('.chart-map-area')).toHaveLength(7);
    expect(screen.getByRole('group', { name: 'Casussen per gemeente op de kaart' })).toBeInTheDocument();
  });

  it('shows every municipality name and value, and the attribution', () => {
    renderMap();
    for (const text of ['Zaanstad', '45', 'Purmerend', '27', 'Oostzaan', 'Landsmeer', '6', 'Kaart: CBS/PDOK, CC BY 4.0']) {
      expect(screen.getAllByText(text).length).toBeGreaterThan(0);
    }
  });

  it('fills the largest value with the darkest class', () => {
    renderMap();
    expect(areaFill('Zaanstad')).toBe(MAP_CLASS_COLORS[4]);
    expect(areaFill('Purmerend')).toBe(MAP_CLASS_COLORS[2]);
  });

  it('has a legend with its title and the five class ranges', () => {
    renderMap();
    // The title may wrap into several <tspan>s of one <text>; it must still read as one sentence.
    expect(
      screen.getByText((_, element) => element?.tagName === 'text' && element.textContent === 'Casussen op 1 februari 2023'),
    ).toBeInTheDocument();
    for (const range of ['0 – 10', '10 – 20', '20 – 30', '30 – 40', '40 – 50']) expect(screen.getByText(range)).toBeInTheDocument();
  });

  it('hatches a municipality without a value and explains the hatch in the legend', () => {
    const data = caseMarks().map((m) =>
      m.label === 'Oostzaan' ? { ...m, value: null, valueText: 'afgeschermd', ariaLabel: 'Oostzaan: afgeschermd' } : m,
    );
    const { container } = renderMap({ data });
    const fill = screen.getByRole('img', { name: 'Oostzaan: afgeschermd' }).querySelector('.chart-map-area')?.getAttribute('fill') ?? '';
    expect(fill).toMatch(/^url\(#[A-Za-z0-9_-]+\)$/);
    expect(container.querySelector(`pattern[id="${fill.slice(5, -1)}"]`)).not.toBeNull();
    expect(screen.getAllByText('afgeschermd')).toHaveLength(2);
  });

  it('selects a municipality by its CBS code on Enter and click', () => {
    const onSelect = jest.fn<(key: string) => void>();
    renderMap({ onSelect });
    expect(screen.getAllByRole('link')).toHaveLength(7);
    fireEvent.keyDown(screen.getByRole('link', { name: 'Landsmeer: 2 casussen' }), { key: 'Enter' });
    fireEvent.click(screen.getByRole('link', { name: 'Zaanstad: 45 casussen' }));
    expect(onSelect.mock.calls).toEqual([['GM0415'], ['GM0479']]);
  });

  it('clips each focus ring to its own municipality, with ids that work in url(#…)', () => {
    const { container } = renderMap();
    for (const ring of container.querySelectorAll('.chart-focus--inset')) {
      const ref = ring.getAttribute('clip-path') ?? '';
      expect(ref).toMatch(/^url\(#[A-Za-z0-9_-]+\)$/);
      expect(container.querySelector(`clipPath[id="${ref.slice(5, -1)}"]`)).not.toBeNull();
    }
    expect(container.querySelectorAll('.chart-focus--inset')).toHaveLength(7);
  });
});
