import { describe, expect, it } from 'vitest';
import { TabStore, flaggedCount, pageKey, toTabState, type SessionArea } from '@/entrypoints/background/tab-store';
import type { ClaimReport } from '@/lib/messages';

/** storage.session as a Map: what survives a worker restart. */
function memoryArea(data = new Map<string, unknown>()): SessionArea & { data: Map<string, unknown> } {
  return {
    data,
    get: () => Promise.resolve(Object.fromEntries(structuredClone([...data]))),
    set: (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      return Promise.resolve();
    },
    remove: (keys) => {
      for (const k of [keys].flat()) data.delete(k);
      return Promise.resolve();
    },
  };
}

const claim = (index: number, verdict: ClaimReport['verdict']): ClaimReport =>
  ({ index, text: `c${index}`, relation: 'investment', verdict, facts: [], why: '', prefix: '', suffix: '' });
const report = { url: 'https://www.reuters.com/a#x', title: 'A', claims: [claim(0, 'supported'), claim(1, 'contradicted'), claim(2, 'disputed')] };

describe('TabStore', () => {
  it('keeps reports across a restart through the session area, and forgets cleared tabs', async () => {
    const area = memoryArea();
    const first = new TabStore(area);
    await first.ready;
    await first.report(7, report, 1000);
    await first.report(8, { ...report, claims: [] }, 1000);
    await first.clear(8);
    const second = new TabStore(area);
    await second.ready;
    expect(second.tabIds()).toEqual([7]);
    expect(second.get(7)?.claims).toHaveLength(3);
  });

  it('wakes a waiter on the next report and times out otherwise', async () => {
    const store = new TabStore(memoryArea());
    const next = store.nextReport(3, 1000);
    await store.report(3, report);
    expect((await next)?.tabId).toBe(3);
    expect(await store.nextReport(3, 10)).toBeUndefined();
  });

  it('does not let an old stored report replace a newer one received during start-up', async () => {
    const area = memoryArea(new Map([['tab:5', { tabId: 5, url: 'u', title: 'old', claims: [], reportedAt: 1 }]]));
    const store = new TabStore(area);
    await store.report(5, { url: 'u', title: 'new', claims: [] }, 2);
    await store.ready;
    expect(store.get(5)?.title).toBe('new');
  });
});

describe('toTabState', () => {
  const rec = { tabId: 7, url: report.url, title: 'A', claims: report.claims, reportedAt: 1 };
  it('is annotated for the page that reported, ignoring the fragment', () => {
    expect(toTabState({ id: 7, url: 'https://www.reuters.com/a', title: 'T' }, rec, true)).toMatchObject({ status: 'annotated', claims: report.claims });
  });
  it('is idle for another page in the same tab, and disabled (with no claims) when the site is off', () => {
    expect(toTabState({ id: 7, url: 'https://www.reuters.com/b', title: 'T' }, rec, true)).toMatchObject({ status: 'idle', claims: [] });
    expect(toTabState({ id: 7, url: 'https://www.reuters.com/a', title: 'T' }, rec, false)).toMatchObject({ status: 'disabled', claims: [] });
  });
  it('counts contradicted and disputed claims as flagged', () => {
    expect(flaggedCount(report.claims)).toBe(2);
    expect(pageKey('https://x.test/a#b')).toBe('https://x.test/a');
  });
});
