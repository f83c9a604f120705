/**
 * What the background knows per tab: the content script's last report. Kept in memory for speed and mirrored in
 * storage.session, because an MV3 service worker is stopped when idle and must come back knowing every tab.
 */
import type { ClaimReport, PageReport, TabState } from '@/lib/messages';

export interface TabRecord {
  tabId: number;
  url: string;
  title: string;
  date?: string;
  claims: ClaimReport[];
  /** When the content script reported (ms since epoch). */
  reportedAt: number;
  /** The reporting document (Chrome's sender.documentId): a reload keeps the address but not the document. */
  documentId?: string;
  displaced?: boolean;
}

/** The part of storage.session the store needs (a StorageArea in the extension, a Map in tests). */
export interface SessionArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'tab:';

export class TabStore {
  private records = new Map<number, TabRecord>();
  private waiters = new Map<number, Array<(r: TabRecord) => void>>();
  readonly ready: Promise<void>;

  constructor(private area: SessionArea) {
    this.ready = this.load();
  }

  private async load() {
    const all = await this.area.get(null).catch(() => ({}));
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(PREFIX) || !value || typeof value !== 'object') continue;
      const rec = value as TabRecord;
      // A report written before this worker started may race with one received since: the newer one wins.
      const current = this.records.get(rec.tabId);
      if (
        typeof rec.tabId === 'number' &&
        Array.isArray(rec.claims) &&
        (!current || current.reportedAt < rec.reportedAt)
      ) {
        this.records.set(rec.tabId, rec);
      }
    }
  }

  get(tabId: number): TabRecord | undefined {
    return this.records.get(tabId);
  }

  tabIds(): number[] {
    return [...this.records.keys()];
  }

  async report(tabId: number, report: PageReport, now = Date.now(), documentId?: string): Promise<TabRecord> {
    const rec: TabRecord = { tabId, url: report.url, title: report.title, claims: report.claims, reportedAt: now };
    if (report.date) rec.date = report.date;
    if (report.displaced) rec.displaced = true;
    if (documentId) rec.documentId = documentId;
    this.records.set(tabId, rec);
    for (const resolve of this.waiters.get(tabId) ?? []) resolve(rec);
    this.waiters.delete(tabId);
    try {
      await this.area.set({ [PREFIX + tabId]: rec });
    } catch {
      // storage.session is 10 MB for every tab together: a report that does not fit is kept in memory only (lost if
      // the worker stops), and its tab's older copy goes, so that it cannot come back stale. Other tabs are untouched.
      await this.area.remove(PREFIX + tabId).catch(() => undefined);
    }
    return rec;
  }

  async clear(tabId: number): Promise<boolean> {
    const had = this.records.delete(tabId);
    if (had) await this.area.remove(PREFIX + tabId);
    return had;
  }

  /** Resolves with the tab's next report, or undefined after `ms`. */
  nextReport(tabId: number, ms: number): Promise<TabRecord | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const list = this.waiters.get(tabId)?.filter((w) => w !== done) ?? [];
        if (list.length) this.waiters.set(tabId, list);
        else this.waiters.delete(tabId);
        resolve(undefined);
      }, ms);
      const done = (r: TabRecord) => {
        clearTimeout(timer);
        resolve(r);
      };
      this.waiters.set(tabId, [...(this.waiters.get(tabId) ?? []), done]);
    });
  }
}

/** The URL without its fragment: jumping to an anchor is not a new page. */
export function pageKey(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** Claims worth the reader's attention, counted on the toolbar badge. */
export function flaggedCount(claims: readonly ClaimReport[]): number {
  return claims.filter((c) => c.verdict === 'contradicted' || c.verdict === 'disputed').length;
}

/** A tab's state as pages see it. A site switched off shows no claims, whatever was reported before. */
export function toTabState(
  tab: { id: number; url: string; title: string },
  rec: TabRecord | undefined,
  siteEnabled: boolean,
): TabState {
  const fresh = rec && pageKey(rec.url) === pageKey(tab.url) ? rec : undefined;
  const state: TabState = {
    tabId: tab.id,
    url: fresh?.url ?? tab.url,
    title: fresh?.title || tab.title,
    status: !siteEnabled ? 'disabled' : fresh ? 'annotated' : 'idle',
    claims: siteEnabled && fresh ? fresh.claims : [],
  };
  if (fresh?.date) state.date = fresh.date;
  if (siteEnabled && fresh?.displaced) state.displaced = true;
  return state;
}
