import { describe, expect, it } from '@jest/globals';
import { ATTENTION_PER_SLIDE, buildSlides, nextSlide, notesFor, returnPath, slideFromSearch, splitEvenly } from './slides';
import { steeringData } from './steeringTestData';
import { translator } from '../i18n/LanguageContext';

const s = translator('nl');

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
  it('gives overview, attention, one status table of the priorities, caseload, money and signals', () => {
    const slides = buildSlides(steeringData(), s);
    expect(slides.map((slide) => slide.key)).toEqual(['overzicht', 'aandacht', 'prioriteiten', 'casuistiek', 'financien', 'signalen']);
    expect(slides.map((slide) => slide.title)).toEqual([
      'Overzicht',
      'Aandachtspunten',
      'Prioriteiten',
      'Casuïstiek',
      'Financiën',
      'Signalen',
    ]);
    const table = slides[2];
    expect(table?.kind === 'priorities' && table.themes.map((th) => th.number)).toEqual([1, 4]);
  });

  it('puts nine priorities with short texts in one table, and splits them over two (5 and 4) when their common threads are long', () => {
    const themes = Array.from({ length: 9 }, (_, i) => ({
      ...steeringData().themes[0]!,
      code: `t${i + 1}`,
      number: 9 - i,
      title: `Thema ${9 - i}`,
      progressNote: null,
    }));
    const short = buildSlides(steeringData({ themes, notes: [] }), s).filter((slide) => slide.kind === 'priorities');
    expect(short.map((slide) => slide.title)).toEqual(['Prioriteiten']);
    expect(short[0]?.kind === 'priorities' && short[0].themes.map((th) => th.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);

    const note = steeringData().notes[0]!;
    const notes = themes.map((th, i) => ({
      ...note,
      id: `n${i}`,
      target: `theme:${th.code}`,
      text: 'Een lange rode draad over de voortgang. '.repeat(2),
    }));
    const long = buildSlides(steeringData({ themes, notes }), s).filter((slide) => slide.kind === 'priorities');
    expect(long.map((slide) => slide.title)).toEqual(['Prioriteiten (1 van 2)', 'Prioriteiten (2 van 2)']);
    expect(long.map((slide) => slide.key)).toEqual(['prioriteiten', 'prioriteiten-2']);
    expect(long.flatMap((slide) => (slide.kind === 'priorities' ? slide.themes.map((th) => th.number) : []))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(long.map((slide) => (slide.kind === 'priorities' ? slide.themes.length : 0))).toEqual([5, 4]);
  });

  it('never hides a point of attention: more than fit on one slide continue on the next', () => {
    const goal = steeringData().goals[0]!;
    const goals = Array.from({ length: ATTENTION_PER_SLIDE * 2 + 1 }, (_, i) => ({ ...goal, id: `g${i}`, title: `Doel ${i + 1}` }));
    const slides = buildSlides(steeringData({ goals }), s).filter((slide) => slide.kind === 'attention');
    expect(slides).toHaveLength(3);
    expect(slides[1]?.title).toBe('Aandachtspunten (2 van 3)');
    const shown = slides.flatMap((slide) => (slide.kind === 'attention' ? slide.items.map((item) => item.title) : []));
    // every goal off track, and the priority at risk (Mensenhandel)
    expect(shown).toHaveLength(goals.length + 1);
    expect(new Set(shown).size).toBe(shown.length);
    for (const slide of slides) if (slide.kind === 'attention') expect(slide.items.length).toBeLessThanOrEqual(ATTENTION_PER_SLIDE);
  });

  it('has one attention slide, saying there is nothing, when nothing needs attention', () => {
    const slides = buildSlides(steeringData({ goals: [], themes: [] }), s);
    expect(slides.map((slide) => slide.kind)).toEqual(['overview', 'attention', 'caseload', 'money', 'signals']);
    expect(slides[1]?.kind === 'attention' && slides[1].items).toEqual([]);
  });

  it('without themes still has the five fixed slides', () => {
    expect(buildSlides(steeringData({ themes: [] }), s)).toHaveLength(5);
  });

  it('puts every signal on a slide, at most four to one, and says once that there are too few counts', () => {
    const signal = {
      __typename: 'Signal' as const,
      rule: 'OUT_OF_RANGE' as const,
      severity: 'MEDIUM' as const,
      figure: 'RUNNING_CASES' as const,
      municipality: null,
      domain: null,
      goal: null,
      date: '2024-08-01',
      value: 159,
      direction: 'ABOVE' as const,
      median: 137,
      mad: 0.5,
      low: 135,
      high: 139,
      crossedSince: null,
    };
    const data = steeringData();
    const five = buildSlides({ ...data, signals: { ...data.signals, signals: Array.from({ length: 5 }, () => signal) } }, s).filter(
      (slide) => slide.kind === 'signals',
    );
    expect(five.map((slide) => [slide.title, slide.kind === 'signals' ? slide.signals.length : 0])).toEqual([
      ['Signalen (1 van 2)', 3],
      ['Signalen (2 van 2)', 2],
    ]);
    expect(five.map((slide) => (slide.kind === 'signals' ? slide.shortfalls.length : -1))).toEqual([1, 0]);
  });
});

describe('splitEvenly', () => {
  it('splits into as few, as even parts as possible', () => {
    expect(splitEvenly([1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9],
    ]);
    expect(splitEvenly([1, 2, 3], 5)).toEqual([[1, 2, 3]]);
    expect(splitEvenly([], 5)).toEqual([[]]);
  });
});

describe('notes', () => {
  it('notes belong to one target', () => {
    expect(notesFor(steeringData().notes, 'theme:mensenhandel').map((n) => n.id)).toEqual(['n1']);
  });
});
