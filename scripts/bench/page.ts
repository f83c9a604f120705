/**
 * In the page, in real Chromium with the built extension: time from the content script's start to its badges shown,
 * long tasks (> 50 ms) and layout shifts while DealLens works, and the cost of DealLens's rendering of its claims
 * against wrapping the same claim texts in elements with mark.js in a fresh copy of the page (no extension).
 */
import { resolve } from 'node:path';
import type { FixtureServer } from '../../tests/e2e/fixture-server';
import { openPage, waitFor, type Browser, type OpenPage } from './browser';
import { median } from './timing';
import { longTasks, stopTrace } from './trace';

/** What the content script records in its isolated world (entrypoints/content/timing.ts). */
interface Timing {
  start: number;
  analyzed?: number;
  rendered?: number;
}

interface Observed {
  shifts: { start: number; value: number; input: boolean }[];
}

export interface PageRun {
  /** Content-script start to badges shown (ms). */
  startToBadges: number;
  /** The part of it spent after the claims were known: ranges, marks, badge overlay. */
  render: number;
  claims: number;
  texts: string[];
  /** Durations of tasks over 50 ms in which DealLens's code ran. */
  longTasks: number[];
  /** The same tasks, described: "194 ms EvaluateScript". */
  longTaskNotes: string[];
  layoutShift: number;
}

const HOST = 'www.reuters.com';
const SETTLE_MS = 1500;

/** Loads the page with the extension and waits until DealLens has drawn, then a little longer for stray work. */
export async function runWithExtension(
  browser: Browser,
  server: FixtureServer,
  path: string,
  trace = true,
  needBadges = true,
): Promise<PageRun & { open: OpenPage }> {
  const open = await openPage(browser, server.url(HOST, path), trace);
  const timing = await waitFor(
    async () => {
      const t = await open.inExtension<Timing>('globalThis.__deallensTiming');
      return t?.rendered !== undefined || (!needBadges && t?.analyzed !== undefined) ? t : undefined;
    },
    60_000,
    `DealLens's badges on ${path}`,
  );
  await open.page.waitForTimeout(SETTLE_MS);
  const observed = await open.page.evaluate(() => (window as unknown as { __bench: Observed }).__bench);
  // The claims DealLens marked, read in its isolated world: the shipped build's overlay is closed to the page.
  const texts =
    (await open.inExtension<string[]>(
      `globalThis.__deallensInPage.surface.claims.filter((c) => c.shown).map((c) => c.range.toString())`,
    )) ?? [];
  const tasks = trace ? longTasks(await stopTrace(open.cdp), HOST) : [];
  const layoutShift = observed.shifts
    .filter((s) => !s.input && s.start >= timing.start)
    .reduce((sum, s) => sum + s.value, 0);
  return {
    open,
    startToBadges: (timing.rendered ?? NaN) - timing.start,
    render: (timing.rendered ?? NaN) - timing.analyzed!,
    claims: texts.length,
    texts,
    layoutShift,
    longTasks: tasks.filter((t) => t.deallens).map((t) => t.ms),
    longTaskNotes: tasks
      .filter((t) => t.deallens)
      .map(
        (t) =>
          `${t.ms.toFixed(0)} ms ${t.what} (DealLens in ${t.deallensSamples} of ${t.samples} CPU samples${t.topFunction ? `, most in ${t.topFunction}` : ''})`,
      ),
  };
}

/** Long tasks and layout shift of the same page without the extension, over the same settle time. */
export async function runWithout(
  browser: Browser,
  server: FixtureServer,
  path: string,
  trace = true,
): Promise<{ open: OpenPage; longTasks: number[]; layoutShift: number }> {
  const open = await openPage(browser, server.url(HOST, path), trace);
  await open.page.waitForTimeout(SETTLE_MS);
  const observed = await open.page.evaluate(() => (window as unknown as { __bench: Observed }).__bench);
  const tasks = trace ? longTasks(await stopTrace(open.cdp), HOST) : [];
  return {
    open,
    longTasks: tasks.map((t) => t.ms),
    layoutShift: observed.shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0),
  };
}

const MARK_JS = resolve('node_modules/mark.js/dist/mark.min.js');

/**
 * mark.js on a fresh copy of the page: wrap every claim text in the article in <mark> elements, then let the page lay
 * itself out again (DealLens's figure includes its own layout reads too). Options are mark.js's cheapest that still
 * find the same texts.
 */
async function markJsCost(
  browser: Browser,
  server: FixtureServer,
  path: string,
  texts: string[],
): Promise<{ ms: number; marks: number }> {
  const open = await openPage(browser, server.url(HOST, path));
  await open.page.addScriptTag({ path: MARK_JS });
  // A string, not a function: tsx would wrap a function's inner callbacks in helpers the page does not have.
  const result = await open.page.evaluate<{ ms: number; marks: number }>(`(() => {
    const keywords = ${JSON.stringify([...new Set(texts)])};
    const root = document.querySelector('article');
    document.body.getBoundingClientRect();
    const t = performance.now();
    let marks = 0;
    new window.Mark(root).mark(keywords, {
      separateWordSearch: false, diacritics: false, acrossElements: false, each() { marks++; },
    });
    document.body.getBoundingClientRect();
    return { ms: performance.now() - t, marks };
  })()`);
  await open.page.close();
  return result;
}

export interface PageResult {
  path: string;
  words: number;
  startToBadges: number;
  render: number;
  claims: number;
  longTasks: number[];
  longTaskNotes: string[];
  baselineLongTasks: number[];
  layoutShift: number;
  markMs: number;
  marks: number;
  renderVsMark: number;
}

export async function benchPage(
  withExt: Browser,
  without: Browser,
  server: FixtureServer,
  path: string,
  words: number,
  runs = 3,
): Promise<PageResult> {
  const runsWith: PageRun[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await runWithExtension(withExt, server, path);
    await r.open.page.close();
    runsWith.push(r);
  }
  const base = await runWithout(without, server, path);
  await base.open.page.close();
  const texts = runsWith[0]!.texts;
  const marks = [];
  for (let i = 0; i < runs; i++) marks.push(await markJsCost(without, server, path, texts));
  const render = median(runsWith.map((r) => r.render));
  const markMs = median(marks.map((m) => m.ms));
  return {
    path,
    words,
    startToBadges: median(runsWith.map((r) => r.startToBadges)),
    render,
    claims: runsWith[0]!.claims,
    // The worst run's, so a long task in any run shows.
    ...(({ longTasks, longTaskNotes }) => ({ longTasks, longTaskNotes }))(
      [...runsWith].sort((a, b) => b.longTasks.length - a.longTasks.length)[0]!,
    ),
    baselineLongTasks: base.longTasks,
    layoutShift: Math.max(...runsWith.map((r) => r.layoutShift)),
    markMs,
    marks: marks[0]!.marks,
    renderVsMark: render / markMs,
  };
}
