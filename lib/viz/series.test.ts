import { describe, expect, it } from 'vitest';
import { buildFactSeries, niceScale } from './series';
import { testClaims, testFactBase } from '../../tests/unit/viz-data';

describe('buildFactSeries', () => {
  const series = buildFactSeries(testFactBase, testClaims, { pageDate: '2025-12-17' });
  const of = (id: string) => series.find((s) => s.factId === id)!;

  it('charts numeric facts only, the page’s facts first and contradicted before supported', () => {
    expect(series.map((s) => s.factId)).toEqual([
      'amazon-openai-investment',
      'openai-valuation',
      'openai-round-size',
      'amazon-share-price',
      'amazon-layoffs',
      'amazon-anthropic-investment',
      'amazon-anthropic-data-center',
    ]);
    expect(of('amazon-openai-investment').verdict).toBe('contradicted');
    expect(of('openai-round-size').verdict).toBeUndefined();
  });

  it('lists each source’s value with its date, dated sources first, then the article', () => {
    const s = of('amazon-openai-investment');
    expect(s.points.map((p) => [p.name, p.dateText, p.text, p.fromPage])).toEqual([
      ['Deal Desk', '30 Jan 2026', 'up to $50B', false],
      ['Seattle desk', 'Feb 2026', 'up to $50B', false],
      ['Amazon in Advanced Talks to Invest Up to $50 Billion in OpenAI', 'date unknown', 'up to $50B', false],
      ['Amazon’s $50 Billion Bet on OpenAI', 'date unknown', 'up to $50B', false],
      ['Daniel Brooks', 'date unknown', 'up to $50B', false],
      ['This article', '17 Dec 2025', '$10B', true],
    ]);
    expect(s.points.at(-1)!.verdict).toBe('contradicted');
    expect(s.max).toBe(5e10);
  });

  it('keeps disagreeing versions apart', () => {
    const s = of('amazon-share-price');
    expect(s.disputed).toBe(true);
    expect(s.points.map((p) => p.text)).toEqual(['about $241.73', 'about $239.3']);
  });

  it('calls an undated page "this page"', () => {
    const s = buildFactSeries(testFactBase, testClaims)[0]!;
    expect(s.points.at(-1)!.dateText).toBe('this page');
  });

  it('ignores a claim whose figure is of another kind', () => {
    const odd = testClaims.map((c) =>
      c.index === 0 ? { ...c, value: { kind: 'percent' as const, value: 50, qualifier: 'exact' as const } } : c,
    );
    expect(buildFactSeries(testFactBase, odd)[0]!.points.some((p) => p.fromPage)).toBe(false);
  });
});

describe('niceScale', () => {
  it('rounds the axis up to a step that reads well', () => {
    expect(niceScale(5e10)).toEqual({ max: 6e10, step: 2e10 });
    expect(niceScale(8.3e11)).toEqual({ max: 1e12, step: 5e11 });
    expect(niceScale(30000)).toEqual({ max: 30000, step: 10000 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
  });
});

it('shows a figure the page repeats once, counting its mentions', () => {
  const repeated = [...testClaims, { ...testClaims[0]!, index: 7 }, { ...testClaims[0]!, index: 8 }];
  const s = buildFactSeries(testFactBase, repeated)[0]!;
  const page = s.points.filter((p) => p.fromPage);
  expect(page).toHaveLength(1);
  expect(page[0]).toMatchObject({ claimIndex: 0, mentions: 3, text: '$10B' });
});
