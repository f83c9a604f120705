/**
 * The reader's sources in the background: the one place that opens their database (next to notes, in the
 * extension's origin) and keeps the fact index over the bundled base and them, which analyze.ts judges with. Every
 * payload is validated, every sender checked; every change is announced with backgroundSourcesChanged, so every open
 * tab checks its page again at once and open side panels refresh.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  importSourcesSchema,
  listSourcesSchema,
  sourceDraftPayloadSchema,
  sourceIdPayloadSchema,
  tabIdSchema,
  type PageArticle,
} from '@/lib/messages';
import { onMessage, sendMessage } from '@/adapters/messaging';
import { bundledFactBase } from '@/lib/factbase';
import { serializePack } from '@/lib/factbase/pack';
import { SourcesDb } from '@/lib/sources/db';
import { SourcesStore } from '@/lib/sources/store';
import { SOURCE_LIMITS } from '@/lib/sources/model';
import { fromExtensionPage } from './senders';

let store: SourcesStore | undefined;

/** The store, its sources loaded into the index. */
export async function sourcesStore(): Promise<SourcesStore> {
  store ??= new SourcesStore(new SourcesDb(), bundledFactBase);
  await store.ready();
  return store;
}

async function announce(): Promise<void> {
  const revision = store?.index.revision ?? 0;
  await sendMessage('backgroundSourcesChanged', { revision }).catch(() => undefined);
  const tabs = await browser.tabs.query({}).catch(() => [] as Browser.tabs.Tab[]);
  // Tabs without DealLens's content script have no listener: the failed sends are expected.
  await Promise.all(
    tabs.flatMap((t) =>
      t.id === undefined
        ? []
        : [sendMessage('backgroundSourcesChanged', { revision }, { tabId: t.id, frameId: 0 }).catch(() => undefined)],
    ),
  );
}

async function changed<T>(result: T): Promise<T> {
  await announce();
  return result;
}

/** The article the tab's content script checked; the light check stands in for zod, which the page does not carry. */
async function articleOf(tabId: number): Promise<PageArticle> {
  const a: PageArticle | null = await sendMessage('backgroundGetArticle', undefined, { tabId, frameId: 0 }).catch(
    () => null,
  );
  if (!a || typeof a.text !== 'string' || !a.text.trim()) {
    throw new Error(
      'DealLens has not checked an article on this page yet. Check the page first, then add it as a source.',
    );
  }
  const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const date = typeof a.date === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(a.date) ? a.date : undefined;
  return {
    text: a.text.slice(0, SOURCE_LIMITS.text),
    title: str(a.title, SOURCE_LIMITS.title),
    url: str(a.url, SOURCE_LIMITS.url),
    outlet: str(a.outlet, SOURCE_LIMITS.outlet),
    ...(date ? { date } : {}),
  };
}

export function registerSources() {
  onMessage('pageProposeSource', async (msg) => {
    fromExtensionPage(msg.sender);
    const { tabId } = tabIdSchema.parse(msg.data);
    const article = await articleOf(tabId);
    const s = await sourcesStore();
    return s.propose(article.text, {
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      ...(article.date ? { date: article.date.slice(0, 10) } : {}),
    });
  });

  onMessage('pagePreviewSource', async (msg) => {
    fromExtensionPage(msg.sender);
    const draft = sourceDraftPayloadSchema.parse(msg.data);
    return (await sourcesStore()).preview(draft);
  });

  onMessage('pageSaveSource', async (msg) => {
    fromExtensionPage(msg.sender);
    const draft = sourceDraftPayloadSchema.parse(msg.data);
    return changed(await (await sourcesStore()).save(draft));
  });

  onMessage('pageListSources', async (msg) => {
    fromExtensionPage(msg.sender);
    const { query } = listSourcesSchema.parse(msg.data ?? {});
    return (await sourcesStore()).list(query);
  });

  onMessage('pageGetSource', async (msg) => {
    fromExtensionPage(msg.sender);
    const { id } = sourceIdPayloadSchema.parse(msg.data);
    return (await sourcesStore()).draft(id);
  });

  onMessage('pageRemoveSource', async (msg) => {
    fromExtensionPage(msg.sender);
    const { id } = sourceIdPayloadSchema.parse(msg.data);
    return changed(await (await sourcesStore()).remove(id));
  });

  onMessage('pageUndoRemoveSource', async (msg) => {
    fromExtensionPage(msg.sender);
    const { id } = sourceIdPayloadSchema.parse(msg.data);
    return changed(await (await sourcesStore()).undoRemove(id));
  });

  onMessage('pageExportSources', async (msg) => {
    fromExtensionPage(msg.sender);
    const { fileName, pack, count } = await (await sourcesStore()).exportPack();
    return { fileName, json: serializePack(pack), count };
  });

  onMessage('pageImportSources', async (msg) => {
    fromExtensionPage(msg.sender);
    const { json } = importSourcesSchema.parse(msg.data);
    return changed(await (await sourcesStore()).importPack(json));
  });

  onMessage('pageGetFactBase', async (msg) => {
    fromExtensionPage(msg.sender);
    const base = (await sourcesStore()).index.base;
    // The views need who said what, not the articles' texts.
    return { ...base, sources: base.sources.map(({ text: _t, ...s }) => s) };
  });

  // Removed sources stay restorable for a day; past that they go for good, checked whenever the worker starts.
  void sourcesStore()
    .then((s) => s.purge())
    .catch(() => undefined);
}
