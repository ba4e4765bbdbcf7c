import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { LineChart } from './LineChart';
import { TOTALS } from './testData';

const formatTick = (value: number) => String(value);
const note = 'Twee peildata: het verloop daartussen is niet bekend';

describe('LineChart', () => {
  it('with two counts draws a dashed line, both dates and the note', () => {
    const { container } = render(<LineChart label="Casussen in de regio" points={TOTALS} formatTick={formatTick} sparseNote={note} />);
    expect(container.querySelector('.chart-line')).toHaveAttribute('stroke-dasharray');
    expect(screen.getByText('januari 2022')).toBeInTheDocument();
    expect(screen.getByText('1 februari 2023')).toBeInTheDocument();
    expect(screen.getByText(note)).toBeInTheDocument();
  });

  it('draws a solid line without a note', () => {
    const { container } = render(<LineChart label="Casussen in de regio" points={TOTALS} formatTick={formatTick} />);
    expect(container.querySelector('.chart-line')).not.toHaveAttribute('stroke-dasharray');
  });

  it('makes every point a focusable mark that announces its label, with its value visible', () => {
    render(<LineChart label="Casussen in de regio" points={TOTALS} formatTick={formatTick} />);
    const points = screen.getAllByRole('img');
    expect(points.map((p) => p.getAttribute('aria-label'))).toEqual(['januari 2022: 44 casussen', '1 februari 2023: 96 casussen']);
    for (const p of points) expect(p).toHaveAttribute('tabindex', '0');
    expect(screen.getByText('96')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Casussen in de regio' })).toBeInTheDocument();
  });

  it('turns points into links that report their key when onSelect is given', () => {
    const onSelect = jest.fn<(key: string) => void>();
    render(<LineChart label="Casussen in de regio" points={TOTALS} formatTick={formatTick} onSelect={onSelect} />);
    fireEvent.keyDown(screen.getByRole('link', { name: '1 februari 2023: 96 casussen' }), { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('2023-02-01');
  });
});
