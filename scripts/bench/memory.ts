/**
 * Memory: the JS heap DealLens adds to a page. The content script runs in an isolated world, but both worlds live in
 * the same V8 isolate (the renderer's main thread), so CDP's Runtime.getHeapUsage after forced garbage collections
 * counts the page's heap plus DealLens's. The figure is that number with the extension minus without, on the same
 * article, medians of a few loads each.
 */
import type { FixtureServer } from '../../tests/e2e/fixture-server';
import type { Browser } from './browser';
import { runWithExtension, runWithout } from './page';
import type { OpenPage } from './browser';
import { median } from './timing';

async function heapUsed(open: OpenPage): Promise<number> {
  await open.cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await open.cdp.send('HeapProfiler.collectGarbage');
  const usage = await open.cdp.send('Runtime.getHeapUsage');
  await open.cdp.send('HeapProfiler.disable');
  return usage.usedSize;
}

export interface MemoryResult {
  withBytes: number;
  withoutBytes: number;
  addedBytes: number;
}

/**
 * Heap with the extension minus without, on `path`. Run on a short article with no deal claims too, it tells the
 * fixed cost of DealLens being in a page (its code, compiled regexes, the fact base) from what an article adds.
 */
export async function benchMemory(
  withExt: Browser,
  without: Browser,
  server: FixtureServer,
  path: string,
  runs = 3,
): Promise<MemoryResult> {
  const w: number[] = [];
  const wo: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await runWithExtension(withExt, server, path, false, false);
    w.push(await heapUsed(a.open));
    await a.open.page.close();
    const b = await runWithout(without, server, path, false);
    wo.push(await heapUsed(b.open));
    await b.open.page.close();
  }
  const withBytes = median(w);
  const withoutBytes = median(wo);
  return { withBytes, withoutBytes, addedBytes: withBytes - withoutBytes };
}
