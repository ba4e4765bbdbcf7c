import { describe, expect, it } from '@jest/globals';
import { inside, interiorPoint, type Ring } from './interiorPoint';

// An L-shape whose centroid (about 3.2, 3.2) lies in the notch, outside the shape.
const lShape: Ring[] = [
  [
    [0, 0],
    [10, 0],
    [10, 2],
    [2, 2],
    [2, 10],
    [0, 10],
    [0, 0],
  ],
];

describe('interiorPoint', () => {
  it('finds a point inside a bent shape whose centroid lies outside it', () => {
    expect(inside(lShape, 3.2, 3.2)).toBe(false);
    const [x, y] = interiorPoint(lShape, 1);
    expect(inside(lShape, x, y)).toBe(true);
  });

  it('finds the middle of a square', () => {
    const square: Ring[] = [
      [
        [0, 0],
        [20, 0],
        [20, 20],
        [0, 20],
        [0, 0],
      ],
    ];
    const [x, y] = interiorPoint(square, 1);
    expect(x).toBeCloseTo(10, 0);
    expect(y).toBeCloseTo(10, 0);
  });

  it('stays out of holes', () => {
    const withHole: Ring[] = [
      [
        [0, 0],
        [30, 0],
        [30, 30],
        [0, 30],
        [0, 0],
      ],
      [
        [10, 10],
        [20, 10],
        [20, 20],
        [10, 20],
        [10, 10],
      ],
    ];
    const [x, y] = interiorPoint(withHole, 1);
    expect(inside(withHole, x, y)).toBe(true);
    expect(x > 10 && x < 20 && y > 10 && y < 20).toBe(false);
  });
});
