import { describe, expect, it } from '@jest/globals';
import { mapClasses, niceClassStep } from './mapClasses';
import { MAP_CLASS_COLORS } from './palette';

describe('mapClasses', () => {
  it('splits 0…45 cases into five round classes of 10', () => {
    const { classes } = mapClasses([3, 2, 2, 27, 6, 2, 45]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [0, 10],
      [10, 20],
      [20, 30],
      [30, 40],
      [40, 50],
    ]);
    expect(classes.map((c) => c.color)).toEqual([...MAP_CLASS_COLORS]);
  });

  it('puts the largest value in the darkest class and small ones in the lightest', () => {
    const { classOf } = mapClasses([3, 2, 2, 27, 6, 2, 45]);
    expect(classOf(45)).toBe(4);
    expect(classOf(27)).toBe(2);
    expect(classOf(2)).toBe(0);
    expect(classOf(null)).toBeNull();
  });

  it('uses decimal class widths for rates, such as cases per 10.000 inhabitants', () => {
    const { classes, classOf } = mapClasses([0.8, 1.1, 2.9, 1.7]);
    expect(classes[classes.length - 1]?.to).toBe(3);
    expect(classes[1]).toMatchObject({ from: 0.6, to: 1.2 });
    expect(classOf(2.9)).toBe(4);
  });

  it('still has five classes when every value is unknown or zero', () => {
    expect(mapClasses([null, null]).classes).toHaveLength(5);
    expect(mapClasses([0, 0]).classOf(0)).toBe(0);
  });
});

describe('niceClassStep', () => {
  it('picks the smallest round width that covers the span', () => {
    expect(niceClassStep(45, 5)).toBe(10);
    expect(niceClassStep(2.9, 5)).toBeCloseTo(0.6, 10);
    expect(niceClassStep(137949, 5)).toBe(30000);
  });
});
