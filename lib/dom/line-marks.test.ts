import { describe, expect, it } from 'vitest';
import { lineMarks } from './line-marks';

describe('lineMarks', () => {
  it('makes one box of a link wholly inside the claim and its own text', () => {
    const link = { x: 100, y: 10, w: 40, h: 20 };
    const linkText = { x: 100, y: 12, w: 40, h: 16 };
    const before = { x: 60, y: 12, w: 40, h: 16 };
    expect(lineMarks([before, link, linkText])).toEqual([{ x: 60, y: 10, w: 80, h: 20 }]);
  });

  it('keeps one box per line of a claim that wraps', () => {
    const first = { x: 300, y: 10, w: 200, h: 16 };
    const second = { x: 20, y: 30, w: 120, h: 16 };
    expect(lineMarks([second, first])).toEqual([first, second]);
  });

  it('keeps apart two pieces of one line with a gap between them (a right-to-left run in a left-to-right line)', () => {
    const a = { x: 10, y: 10, w: 30, h: 16 };
    const b = { x: 80, y: 10, w: 30, h: 16 };
    expect(lineMarks([a, b])).toEqual([a, b]);
  });
});
