import { describe, expect, it } from '@jest/globals';
import { maxTextWidth, textWidth, wrapText } from './textWidth';

describe('textWidth', () => {
  it('grows with length, font size and weight', () => {
    expect(textWidth('Niet gespecificeerd', 16)).toBeGreaterThan(textWidth('Zaanstad', 16));
    expect(textWidth('Zaanstad', 20)).toBeCloseTo(textWidth('Zaanstad', 16) * 1.25, 6);
    expect(textWidth('€ 131.804', 15, true)).toBeGreaterThan(textWidth('€ 131.804', 15));
  });

  it('estimates a 14-letter name at roughly half an em per letter', () => {
    const width = textWidth('Edam-Volendam', 16);
    expect(width).toBeGreaterThan(13 * 16 * 0.45);
    expect(width).toBeLessThan(13 * 16 * 0.65);
  });

  it('finds the widest text', () => {
    expect(maxTextWidth(['2', '45', '€ 137.949'], 14)).toBe(textWidth('€ 137.949', 14));
    expect(maxTextWidth([], 14)).toBe(0);
  });
});

describe('wrapText', () => {
  it('breaks between words to fit the width and keeps every word', () => {
    const text = 'Twee peildata: het verloop daartussen is niet bekend';
    const lines = wrapText(text, 14, 150);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps a short text on one line', () => {
    expect(wrapText('Casussen per 10.000 inwoners', 14, 400)).toEqual(['Casussen per 10.000 inwoners']);
  });
});
