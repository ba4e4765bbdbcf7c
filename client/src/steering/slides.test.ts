import { describe, expect, it } from '@jest/globals';
import { buildSlides, formatTarget, goalCounts, goalsNeedingAttention, nextSlide, notesFor, returnPath, slideFromSearch } from './slides';
import { steeringData } from './steeringTestData';
import { steeringT } from './texts';

const s = steeringT('nl');

describe('nextSlide', () => {
  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' '])('%p goes to the next slide', (key) => {
    expect(nextSlide(2, key, 5)).toEqual({ to: 3 });
  });
  it.each(['ArrowLeft', 'ArrowUp', 'PageUp'])('%p goes to the previous slide', (key) => {
    expect(nextSlide(2, key, 5)).toEqual({ to: 1 });
  });
  it('stops at the first and the last slide', () => {
    expect(nextSlide(4, 'PageDown', 5)).toEqual({ to: 4 });
    expect(nextSlide(0, 'PageUp', 5)).toEqual({ to: 0 });
  });
  it('Home and End go to the first and the last slide', () => {
    expect(nextSlide(2, 'Home', 5)).toEqual({ to: 0 });
    expect(nextSlide(2, 'End', 5)).toEqual({ to: 4 });
  });
  it('Escape leaves; other keys do nothing', () => {
    expect(nextSlide(2, 'Escape', 5)).toBe('exit');
    expect(nextSlide(2, 'a', 5)).toBeNull();
    expect(nextSlide(2, 'Tab', 5)).toBeNull();
    expect(nextSlide(0, 'ArrowRight', 0)).toBeNull();
  });
});

describe('slideFromSearch and returnPath', () => {
  it('reads ?dia= 1-based and clamps it', () => {
    expect(slideFromSearch('', 5)).toBe(0);
    expect(slideFromSearch('dia=3', 5)).toBe(2);
    expect(slideFromSearch('?dia=99', 5)).toBe(4);
    expect(slideFromSearch('dia=0', 5)).toBe(0);
    expect(slideFromSearch('dia=x', 5)).toBe(0);
  });
  it('returns to a path of this site only', () => {
    expect(returnPath('van=%2Fcasuistiek')).toBe('/casuistiek');
    expect(returnPath('')).toBe('/');
    expect(returnPath('van=https%3A%2F%2Fevil.example')).toBe('/');
    expect(returnPath('van=%2F%2Fevil.example')).toBe('/');
  });
});

describe('buildSlides', () => {
  it('gives overview, attention, one slide per theme by number, caseload and money', () => {
    const slides = buildSlides(steeringData(), s);
    expect(slides.map((slide) => slide.key)).toEqual([
      'overzicht',
      'aandacht',
      'theme:onbegrepen-gedrag',
      'theme:mensenhandel',
      'casuistiek',
      'financien',
    ]);
    expect(slides.map((slide) => slide.title)).toEqual([
      'Overzicht',
      'Doelen die aandacht vragen',
      'Prioriteit 1: Onbegrepen gedrag',
      'Prioriteit 4: Mensenhandel',
      'Casuïstiek',
      'Financiën',
    ]);
  });
  it('without themes still has the four fixed slides', () => {
    expect(buildSlides(steeringData({ themes: [] }), s)).toHaveLength(4);
  });
});

describe('goals', () => {
  it('needing attention: off track, at risk and stale, worst first; on track left out', () => {
    const goals = [
      { status: 'STALE' as const, title: 'a' },
      { status: 'ON_TRACK' as const, title: 'b' },
      { status: 'OFF_TRACK' as const, title: 'c' },
      { status: 'NO_DATA' as const, title: 'd' },
      { status: 'AT_RISK' as const, title: 'e' },
    ];
    expect(goalsNeedingAttention(goals).map((g) => g.title)).toEqual(['c', 'e', 'a']);
    expect(goalCounts(goals).map((c) => c.status)).toEqual(['OFF_TRACK', 'AT_RISK', 'STALE', 'NO_DATA', 'ON_TRACK']);
  });
  it("formats targets in the indicator's unit", () => {
    expect(formatTarget({ indicator: 'RUNNING_CASES', direction: 'AT_MOST', target: 90, targetUpper: null }, 'nl')).toBe('≤ 90');
    expect(formatTarget({ indicator: 'CASES_PER_10K', direction: 'AT_LEAST', target: 2.5, targetUpper: null }, 'nl')).toBe('≥ 2,5');
    expect(formatTarget({ indicator: 'MANUAL', direction: 'BETWEEN', target: 2, targetUpper: 4 }, 'nl')).toBe('2 – 4');
  });
  it('notes belong to one target', () => {
    expect(notesFor(steeringData().notes, 'theme:mensenhandel').map((n) => n.id)).toEqual(['n1']);
  });
});
