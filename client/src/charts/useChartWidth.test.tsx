import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, render } from '@testing-library/react';
import { BarChart } from './BarChart';
import { CHART_FONT, LEAST_WIDTH, NORMAL_WIDTH } from './sizes';
import { caseMarks } from './testData';

/** A stand-in for the browser's ResizeObserver: the test says when the box changed. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  constructor(readonly callback: () => void) {
    FakeResizeObserver.last = this;
  }
  observe() {}
  disconnect() {}
}

let box = { width: 0, fontSize: '17px' };

beforeEach(() => {
  Object.assign(globalThis, { ResizeObserver: FakeResizeObserver });
  window.matchMedia = ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as never;
  jest.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => ({ width: box.width }) as DOMRect);
  jest.spyOn(window, 'getComputedStyle').mockImplementation(() => ({ fontSize: box.fontSize }) as CSSStyleDeclaration);
});

afterEach(() => {
  jest.restoreAllMocks();
  Reflect.deleteProperty(globalThis, 'ResizeObserver');
});

const viewBoxWidth = (container: HTMLElement) => Number(container.querySelector('svg')?.getAttribute('viewBox')?.split(' ')[2]);
const fontSizes = (container: HTMLElement) =>
  new Set(Array.from(container.querySelectorAll('text')).map((t) => t.getAttribute('font-size')));

describe('useChartWidth', () => {
  it('lays a chart out for its box: the viewBox is as wide as the box in units of 17 per em, the text stays 17 units', () => {
    box = { width: 1200, fontSize: '17px' };
    const { container } = render(<BarChart label="Casussen" data={caseMarks()} formatTick={String} />);
    expect(viewBoxWidth(container)).toBe(1200);
    // drawn as wide as its layout: 1200 units of 17 per em
    expect(container.querySelector('svg')?.getAttribute('width')).toBe(`${1200 / 17}em`);
    expect(fontSizes(container)).toEqual(new Set([String(CHART_FONT.text), String(CHART_FONT.small)]));

    // A 3840 px screen: twice the font size, so the same box holds half the units (and the text doubles on screen).
    box = { width: 1800, fontSize: '34px' };
    act(() => FakeResizeObserver.last?.callback());
    expect(viewBoxWidth(container)).toBe(900);
    expect(fontSizes(container)).toEqual(new Set([String(CHART_FONT.text), String(CHART_FONT.small)]));
  });

  it('keeps a least width in a very narrow box, and the default width before it can measure', () => {
    box = { width: 200, fontSize: '17px' };
    const { container, unmount } = render(<BarChart label="Casussen" data={caseMarks()} formatTick={String} />);
    expect(viewBoxWidth(container)).toBe(LEAST_WIDTH.normal);
    unmount();
    Reflect.deleteProperty(globalThis, 'ResizeObserver');
    const server = render(<BarChart label="Casussen" data={caseMarks()} formatTick={String} />);
    expect(viewBoxWidth(server.container)).toBe(NORMAL_WIDTH);
  });
});
