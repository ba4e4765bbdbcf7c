import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { LineChart } from './LineChart';
import { TOTALS } from './testData';
import type { LinePoint } from './types';

const formatTick = (value: number) => String(value);
const note = 'Twee peildata: het verloop daartussen is niet bekend';

/** 120 monthly counts, 2016-01-01 … 2025-12-01; the highest in March 2020, the lowest in June 2023. */
const MONTHLY: LinePoint[] = Array.from({ length: 120 }, (_, i) => {
  const date = new Date(Date.UTC(2016, i, 1)).toISOString().slice(0, 10);
  const value = i === 50 ? 480 : i === 89 ? 250 : 350 + (i % 10);
  return { key: date, date, dateText: date, label: date, value, valueText: String(value), ariaLabel: `${date}: ${value} casussen` };
});

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

  it('with 120 points tabs only to the labelled first, last, highest and lowest; the axis has a few years', () => {
    const { container } = render(<LineChart label="Casussen in de regio" points={MONTHLY} formatTick={formatTick} compact />);
    const marks = screen.getAllByRole('img');
    expect(marks.map((p) => p.getAttribute('aria-label'))).toEqual([
      '2016-01-01: 350 casussen',
      '2020-03-01: 480 casussen',
      '2023-06-01: 250 casussen',
      '2025-12-01: 359 casussen',
    ]);
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(4);
    expect(container.querySelectorAll('.chart-point')).toHaveLength(4);
    expect(container.querySelector('.chart-line')).not.toHaveAttribute('stroke-dasharray');
    const passive = [...container.querySelectorAll('.chart-passive text')].map((t) => t.textContent);
    expect(passive).toEqual(['2016', '2018', '2020', '2022', '2024']);
  });
});
