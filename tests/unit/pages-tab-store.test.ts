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

const claim = (index: number, verdict: ClaimReport['verdict']): ClaimReport => ({
  index,
  text: `c${index}`,
  relation: 'investment',
  verdict,
  facts: [],
  why: '',
  prefix: '',
  suffix: '',
});
const report = {
  url: 'https://www.reuters.com/a#x',
  title: 'A',
  claims: [claim(0, 'supported'), claim(1, 'contradicted'), claim(2, 'disputed')],
};

/** storage.session with its quota: a write that would pass `bytes` in all is refused, as Chrome refuses it. */
function quotaArea(bytes: number) {
  const area = memoryArea();
  const size = () => [...area.data.values()].reduce((n: number, v) => n + JSON.stringify(v).length, 0);
  const set = area.set.bind(area);
  area.set = async (items) => {
    const added = Object.entries(items).reduce(
      (n, [k, v]) => n + JSON.stringify(v).length - JSON.stringify(area.data.get(k) ?? '').length,
      0,
    );
    if (size() + added > bytes) throw new Error('Session storage quota bytes exceeded.');
    await set(items);
  };
  return area;
}

describe('TabStore', () => {
  it("a report too large for storage.session loses only its own tab's copy; every other tab keeps reporting", async () => {
    const area = quotaArea(100_000);
    const store = new TabStore(area);
    await store.ready;
    await store.report(1, report, 1000);
    await store.report(2, { ...report, claims: [claim(0, 'supported')] }, 1000);
    const huge = {
      ...report,
      claims: Array.from({ length: 60 }, (_, i) => ({ ...claim(i, 'supported'), why: 'w'.repeat(2000) })),
    };
    await expect(store.report(2, huge, 2000)).resolves.toMatchObject({ tabId: 2 });
    // In memory the tab has its new report; the stale stored copy is gone, so a restart cannot bring it back.
    expect(store.get(2)?.claims).toHaveLength(60);
    expect(area.data.has('tab:2')).toBe(false);
    // Other tabs still write and survive a restart.
    await store.report(3, report, 3000);
    const restarted = new TabStore(area);
    await restarted.ready;
    expect(restarted.tabIds().sort()).toEqual([1, 3]);
  });

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
    expect(toTabState({ id: 7, url: 'https://www.reuters.com/a', title: 'T' }, rec, true)).toMatchObject({
      status: 'annotated',
      claims: report.claims,
    });
  });
  it('is idle for another page in the same tab, and disabled (with no claims) when the site is off', () => {
    expect(toTabState({ id: 7, url: 'https://www.reuters.com/b', title: 'T' }, rec, true)).toMatchObject({
      status: 'idle',
      claims: [],
    });
    expect(toTabState({ id: 7, url: 'https://www.reuters.com/a', title: 'T' }, rec, false)).toMatchObject({
      status: 'disabled',
      claims: [],
    });
  });
  it('counts contradicted and disputed claims as flagged', () => {
    expect(flaggedCount(report.claims)).toBe(2);
    expect(pageKey('https://x.test/a#b')).toBe('https://x.test/a');
  });
});

describe('report sizes', () => {
  it('every string of a claim report has a bound', async () => {
    const { claimReportSchema } = await import('@/lib/messages');
    const ok = { ...claim(0, 'supported'), subject: 'amazon', object: 'openai', facts: ['f'] };
    expect(claimReportSchema.safeParse(ok).success).toBe(true);
    for (const bad of [
      { subject: 's'.repeat(201) },
      { object: 'o'.repeat(201) },
      { facts: ['f'.repeat(201)] },
      { value: { kind: 'money', value: 1, currency: 'c'.repeat(11), qualifier: 'exact' } },
    ]) {
      expect(claimReportSchema.safeParse({ ...ok, ...bad }).success, JSON.stringify(bad).slice(0, 40)).toBe(false);
    }
  });
});
