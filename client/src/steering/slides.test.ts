import { describe, expect, it } from '@jest/globals';
import { buildSlides, nextSlide, notesFor, returnPath, slideFromSearch } from './slides';
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
      'Aandachtspunten',
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

describe('notes', () => {
  it('notes belong to one target', () => {
    expect(notesFor(steeringData().notes, 'theme:mensenhandel').map((n) => n.id)).toEqual(['n1']);
  });
});
