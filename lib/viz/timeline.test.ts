import { describe, expect, it } from 'vitest';
import { buildTimeline } from './timeline';
import { testClaims, testFactBase } from '../../tests/unit/viz-data';

describe('buildTimeline', () => {
  it('orders dated reports, places the dated article among them, keeps undated sources apart', () => {
    const t = buildTimeline(testFactBase, { title: 'Amazon stock today', date: '2026-02-10', claims: testClaims });
    expect(t.dated.map((e) => [e.name, e.dateText])).toEqual([
      ['Deal Desk', '30 Jan 2026'],
      ['Seattle desk', 'Feb 2026'],
      ['This article', '10 Feb 2026'],
    ]);
    expect(t.undated.map((e) => e.dateText)).toEqual(['date unknown', 'date unknown', 'date unknown']);
    expect(t.undated.map((e) => e.name)).toContain('Daniel Brooks');
    expect(t.page).toBeUndefined();
  });

  it('counts what each report holds', () => {
    const t = buildTimeline(testFactBase, { title: 'x', date: null, claims: testClaims });
    const seattle = t.dated.find((e) => e.name === 'Seattle desk')!;
    expect(seattle.countText).toBe('8 facts');
    expect(t.page).toMatchObject({
      dateText: 'this page',
      countText: '3 claims',
      verdicts: { contradicted: 1, supported: 1, unknown: 1 },
    });
  });

  it('shows what each report says about a focused fact', () => {
    const t = buildTimeline(testFactBase, { title: 'x', claims: testClaims }, { factId: 'amazon-share-price' });
    const says = [...t.dated, ...t.undated].map((e) => e.says);
    expect(says.filter(Boolean).sort()).toEqual(['about $239.3', 'about $241.73']);
    expect(t.page!.says).toBeUndefined();
    const inv = buildTimeline(testFactBase, { title: 'x', claims: testClaims }, { factId: 'amazon-openai-investment' });
    expect(inv.page!.says).toBe('$10B');
  });

  it('works without a page', () => {
    const t = buildTimeline(testFactBase, null);
    expect(t.page).toBeUndefined();
    expect(t.dated.length + t.undated.length).toBe(5);
  });
});
