import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { ShareComparisonChart } from './ShareComparisonChart';
import { SHARE_SERIES, shareRows } from './testData';

const formatTick = (value: number) => `${Math.round(value * 100)}%`;

describe('ShareComparisonChart', () => {
  it('draws each series with its own marker shape, in the chart and in the legend', () => {
    const { container } = render(
      <ShareComparisonChart label="Aandelen" series={SHARE_SERIES} rows={shareRows()} formatTick={formatTick} />,
    );
    const shapeOf = (name: string) => screen.getByRole('img', { name }).querySelector('.chart-marker')?.getAttribute('data-shape');
    expect(shapeOf('Zaanstad, bijdrage: 46%')).toBe('circle');
    expect(shapeOf('Zaanstad, casussen: 47%')).toBe('square');
    expect(shapeOf('Zaanstad, gelijk: 14%')).toBe('triangle');
    const legendShapes = [...container.querySelectorAll('.chart-legend [data-shape]')].map((p) => p.getAttribute('data-shape'));
    expect(legendShapes).toEqual(['circle', 'square', 'triangle']);
    expect(screen.getByText('Gelijke verdeling')).toBeInTheDocument();
  });

  it('makes every marker focusable and shows its value', () => {
    render(<ShareComparisonChart label="Aandelen" series={SHARE_SERIES} rows={shareRows()} formatTick={formatTick} />);
    const marks = screen.getAllByRole('img');
    expect(marks).toHaveLength(21);
    for (const mark of marks) expect(mark).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('img', { name: 'Zaanstad, casussen: 47%' })).toHaveTextContent('47%');
  });

  it('selects the row’s municipality from any of its markers', () => {
    const onSelect = jest.fn<(key: string) => void>();
    render(<ShareComparisonChart label="Aandelen" series={SHARE_SERIES} rows={shareRows()} formatTick={formatTick} onSelect={onSelect} />);
    fireEvent.keyDown(screen.getByRole('link', { name: 'Purmerend, casussen: 28%' }), { key: 'Enter' });
    fireEvent.click(screen.getByRole('link', { name: 'Oostzaan, bijdrage: 3%' }));
    expect(onSelect.mock.calls).toEqual([['GM0439'], ['GM0431']]);
  });

  it('still announces a share that is unknown', () => {
    const rows = shareRows();
    rows[0]!.values[1] = { ...rows[0]!.values[1]!, value: null, valueText: 'onbekend', ariaLabel: 'Edam-Volendam, casussen: onbekend' };
    render(<ShareComparisonChart label="Aandelen" series={SHARE_SERIES} rows={rows} formatTick={formatTick} />);
    const unknown = screen.getByRole('img', { name: 'Edam-Volendam, casussen: onbekend' });
    expect(unknown.querySelector('.chart-marker')).toBeNull();
    expect(unknown).toHaveTextContent('onbekend');
  });
});
