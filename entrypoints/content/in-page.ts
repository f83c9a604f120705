/**
 * DealLens in one page: find the article, check it, draw the result, keep it right while the page changes, and
 * tell the background what was found. One instance per page (see index.ts for how a second injection is handled).
 */
import type { Annotation } from '@/lib/verdicts/types';
import { articleTextSteps, keptNodes } from '@/lib/dom/article';
import { articleMarkupSteps } from '@/lib/dom/article-markup';
import { runSliced, yieldToPage } from '@/lib/dom/pace';
import { articleDate } from '@/lib/dom/article-date';
import { buildTextMapSteps } from '@/lib/dom/text-map';
import { BlockAnalysisCache } from '@/lib/dom/incremental';
import { ANALYZE_MAX_CHARS, type PageReport } from '@/lib/protocol';
import { onMessage } from '@/adapters/messaging';
import { isSiteEnabledIn, type Settings } from '@/lib/settings';
import { getSettings, onSettingsChanged } from '@/adapters/settings-storage';
import { evidenceFor, type EvidenceFact } from '@/lib/evidence';
import { analyzeInBackground, isUnreachable, readArticleInBackground } from './analyze';
import { Surface } from './surface';
import { claimReport, sendReport } from './report';
import { watchPage } from './watch';
import { timing } from './timing';
import { PageNotes } from './page-notes';
import { pageArticle } from './page-article';
import { watchClaimKeys } from './claim-keys';
import type { PageClaim } from '@/lib/dom/page-claim';
import { focusAsDealLens } from '@/components/trusted-input';

export class InPage {
  private readonly abort = new AbortController();
  private surface: Surface | null = null;
  private settings: Settings | null = null;
  private cache: BlockAnalysisCache | null = null;
  private cacheDate: string | undefined;
  private root: Element | null = null;
  /** The claims on the page as the last run found them (what draw() shows depends on the settings and notes). */
  private claims: Pick<PageClaim, 'index' | 'annotation' | 'range'>[] = [];
  private lastReport = '';
  private watcher: ReturnType<typeof watchPage> | null = null;
  /** The reader's notes on this page's claims, and the text and claims they are placed on. */
  private notes: PageNotes | null = null;
  private text = '';
  /** Runs so far, for diagnostics (exposed on the overlay host). */
  private runs = 0;
  /** The facts the background's answers cited, by id, for the evidence cards (replaced as answers come in). */
  private facts = new Map<string, EvidenceFact>();
  /** The run in progress (analysis is a round trip to the background), and whether another was asked for meanwhile. */
  private running: Promise<void> | null = null;
  private runAgain = false;

  async start(): Promise<void> {
    const signal = this.abort.signal;
    // Replaced by a newer copy before it started: nothing to listen to.
    if (signal.aborted) return;
    const stopSettings = onSettingsChanged((next) => this.applySettings(next));
    signal.addEventListener('abort', stopSettings);
    const stopFocus = onMessage('backgroundFocusClaim', (msg) => {
      // Only this extension's background can message a content script; a hand check keeps zod out of the page.
      const index = (msg.data as { index?: unknown } | null)?.index;
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0)
        throw new Error('DealLens: bad claim index');
      return this.focusClaim(index);
    });
    signal.addEventListener('abort', stopFocus);
    // The reader's sources changed: the verdicts may have, so the whole article is checked again.
    const stopSources = onMessage('backgroundSourcesChanged', () => {
      if (!this.enabled()) return;
      this.cache = null;
      this.run();
    });
    signal.addEventListener('abort', stopSources);
    const stopArticle = onMessage('backgroundGetArticle', () =>
      this.text ? pageArticle(this.text, this.cacheDate) : null,
    );
    signal.addEventListener('abort', stopArticle);
    watchClaimKeys(
      document,
      {
        claims: () => (this.surface && this.enabled() ? this.surface.claims : null),
        focusedIndex: () => this.surface?.focusedIndex() ?? null,
        focusClaim: (index) => this.focusClaim(index),
      },
      signal,
    );
    this.notes = new PageNotes(() => this.draw(), signal);
    this.applySettings(await getSettings());
  }

  private enabled(): boolean {
    return !!this.settings && isSiteEnabledIn(this.settings, location.hostname);
  }

  private applySettings(next: Settings) {
    if (this.abort.signal.aborted) return;
    const wasEnabled = this.enabled();
    const showUnknownChanged = this.settings?.showUnknown !== next.showUnknown;
    this.settings = next;
    if (!this.enabled()) {
      if (wasEnabled) {
        this.clear();
        // The popup must not keep listing claims of a page DealLens was switched off on.
        void this.report([], '');
      }
      return;
    }
    if (!wasEnabled) {
      this.ensureWatching();
      this.run();
    } else if (showUnknownChanged) {
      this.draw();
    }
  }

  private ensureWatching() {
    if (this.watcher) return;
    this.watcher = watchPage(
      {
        ownHost: () => this.surface?.host ?? null,
        articleRoot: () => this.root,
        onContentChange: () => this.enabled() && this.run(),
        onNavigate: () => {
          if (!this.enabled()) return;
          // Another article: its opening is other context, so nothing cached carries over.
          this.cache = null;
          this.run();
        },
        onLayoutChange: () => this.surface?.place(),
      },
      this.abort.signal,
    );
  }

  /** Finds the article and (re)checks the text that changed since the last run; one run at a time. */
  run() {
    if (this.abort.signal.aborted) return;
    if (this.running) {
      this.runAgain = true;
      return;
    }
    this.running = this.runOnce()
      .catch((err: unknown) => {
        if (!isUnreachable(err)) console.error('DealLens could not check this page', err);
      })
      .finally(() => {
        this.running = null;
        if (this.runAgain) {
          this.runAgain = false;
          this.run();
        }
      });
  }

  private async runOnce(): Promise<void> {
    this.runs++;
    // The page's side of the run goes in slices, each a task of its own (lib/dom/pace.ts), so that finding the
    // article in a long page is never a long task; Readability itself runs in the background. Between slices the
    // page may change or DealLens be switched off: a cancelled run stops, and the page's change asks for a new one.
    const gone = () => this.abort.signal.aborted || !this.enabled();
    // Not in the task that asked for the run (start-up, a burst of the page's mutations).
    await yieldToPage();
    if (gone()) return;
    const markup = await runSliced(articleMarkupSteps(document), gone);
    if (markup === undefined) return;
    const readable = markup ? keptNodes(markup, await readArticleInBackground(markup.html)) : null;
    if (gone()) return;
    const found = await runSliced(articleTextSteps(document, readable), gone);
    if (found === undefined) return;
    if (!found) {
      this.root = null;
      this.claims = [];
      this.draw();
      void this.report([], '');
      return;
    }
    if (found.root !== this.root) {
      this.root = found.root;
      this.watcher?.observeRoot(found.root);
    }
    const map = await runSliced(buildTextMapSteps(found.chunks), gone);
    if (!map) return;
    const date = articleDate(document, found.root);
    if (!this.cache || date !== this.cacheDate) {
      this.cacheDate = date;
      this.cache = new BlockAnalysisCache(async (text) => {
        const answer = await analyzeInBackground(text, date);
        for (const f of answer.facts) this.facts.set(f.id, f);
        return answer.annotations;
      }, ANALYZE_MAX_CHARS);
    }
    const cache = this.cache;
    const blocks = map.blocks.map((b) => map.text.slice(b.start, b.end));
    const pending = cache.annotate(blocks);
    pending.catch(() => undefined); // awaited below; not "unhandled" while the overlay is set up
    if (!this.surface) {
      // While the background checks the text, the overlay gets ready in a task of its own, so that drawing starts
      // as soon as the answer is in.
      await yieldToPage();
      if (!gone() && this.cache === cache) this.ensureSurface().prepare();
    }
    const result = await pending;
    // Switched off, navigated or destroyed while the background was checking: this answer is for a page gone by.
    if (this.abort.signal.aborted || !this.enabled() || this.cache !== cache || !result) return;
    const { annotations } = result;
    timing.analyzed ??= performance.now();
    const claims: Pick<PageClaim, 'index' | 'annotation' | 'range'>[] = [];
    const seen = new Map(found.chunks.map((c) => [c.node, c.text]));
    for (const a of annotations.sort((x, y) => x.claim.start - y.claim.start)) {
      const pos = map.positionOf(a.claim.start, a.claim.end);
      // The page may have changed during the round trip: a claim whose text left the page or changed since it was
      // read waits for the next run (which the change has asked for).
      if (!pos || !pos.startNode.isConnected || !pos.endNode.isConnected) continue;
      if (seen.get(pos.startNode) !== pos.startNode.data || seen.get(pos.endNode) !== pos.endNode.data) continue;
      const range = document.createRange();
      try {
        range.setStart(pos.startNode, pos.startOffset);
        range.setEnd(pos.endNode, pos.endOffset);
      } catch {
        // A text node that got shorter meanwhile: same as above.
        continue;
      }
      claims.push({ index: claims.length, annotation: a, range });
    }
    this.claims = claims;
    this.text = map.text;
    // Highlights, then each slice of badges, in tasks of their own (the first run's code is cold, so costly).
    await yieldToPage();
    if (this.abort.signal.aborted || !this.enabled() || this.cache !== cache) return;
    this.draw();
    // Telling the background (a copy of every claim) and fetching notes: a task after the first badges.
    await new Promise<void>((resolve) => (this.surface ? this.surface.afterSlice(resolve) : resolve()));
    await yieldToPage();
    if (this.abort.signal.aborted || !this.enabled() || this.cache !== cache) return;
    this.notes?.ensureLoaded();
    void this.report(
      claims.map((c) => c.annotation),
      map.text,
      date,
    );
  }

  private ensureSurface(): Surface {
    if (this.surface) return this.surface;
    const surface = new Surface(document);
    // The page keeps removing the overlay: tell the popup, with the claims it has.
    surface.onGiveUp = () => void this.report(...this.lastArgs);
    this.surface = surface;
    return surface;
  }

  private draw() {
    if (this.claims.length === 0 && !this.surface) return;
    const surface = this.ensureSurface();
    const showUnknown = this.settings?.showUnknown ?? true;
    const notes = this.notes;
    const byClaim = notes?.place(this.text, this.claims).byClaim;
    const text = this.text;
    const claims: PageClaim[] = this.claims.map((c) => ({
      ...c,
      shown: showUnknown || c.annotation.verdict !== 'unknown',
      evidence: () => evidenceFor(c.annotation, this.facts),
      notesFrame: notes ? () => notes.frameFor(c, text, byClaim?.get(c.index)?.length ?? 0) : undefined,
    }));
    surface.host.dataset.runs = String(this.runs);
    surface.setClaims(claims);
  }

  private lastArgs: [Annotation[], string, string | undefined] = [[], '', undefined];

  private async report(annotations: Annotation[], text: string, date?: string) {
    this.lastArgs = [annotations, text, date];
    const report: PageReport = {
      url: location.href.slice(0, 4000),
      title: document.title.slice(0, 1000),
      ...(date ? { date } : {}),
      // The protocol's limit; a page with more claims than this is reported in part rather than not at all.
      claims: annotations.slice(0, 5000).map((a, i) => claimReport(i, a, text)),
      ...(this.surface?.displaced ? { displaced: true } : {}),
    };
    const key = JSON.stringify(report);
    // A page that re-renders without changing its claims does not need the background woken again.
    if (key === this.lastReport) return;
    this.lastReport = key;
    // Not taken (background gone meanwhile): the next run sends it again rather than skipping it as unchanged.
    if (!(await sendReport(report)) && this.lastReport === key) this.lastReport = '';
  }

  /** Scrolls to a claim and focuses its badge (from the popup's list, via the background). */
  focusClaim(index: number): boolean {
    const target = this.claims[index];
    if (!target || !this.surface) return false;
    const rect = target.range.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' });
    this.surface.reveal(index);
    this.surface.place();
    const badge = this.surface.badge(index);
    if (badge) focusAsDealLens(() => badge.focus({ preventScroll: true }));
    return true;
  }

  private clear() {
    this.claims = [];
    this.root = null;
    this.cache = null;
    this.lastReport = '';
    this.surface?.destroy();
    this.surface = null;
  }

  destroy() {
    this.abort.abort();
    this.clear();
  }
}
