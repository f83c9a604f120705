/**
 * DealLens in one page: find the article, check it, draw the result, keep it right while the page changes, and
 * tell the background what was found. One instance per page (see index.ts for how a second injection is handled).
 */
import type { Annotation } from '@/lib/verdicts/types';
import { articleTextSteps, keptNodes } from '@/lib/dom/article';
import { articleMarkupSteps } from '@/lib/dom/article-markup';
import { runSliced } from '@/lib/dom/pace';
import { articleDate } from '@/lib/dom/article-date';
import type { PageReport } from '@/lib/protocol';
import { onMessage } from '@/adapters/messaging';
import { isSiteEnabledIn, type Settings } from '@/lib/settings';
import { getSettings, onSettingsChanged } from '@/adapters/settings-storage';
import { evidenceFor } from '@/lib/evidence';
import { analyzeInBackground, isUnreachable, readArticleInBackground } from './analyze';
import { Surface } from './surface';
import { claimReport, sendReport } from './report';
import { watchPage } from './watch';
import { PageNotes } from './page-notes';
import { pageArticle } from './page-article';
import { watchClaimKeys } from './claim-keys';
import { RunLoop } from './run-loop';
import type { PageClaim } from '@/lib/dom/page-claim';
import { focusAsDealLens } from '@/components/trusted-input';

export class InPage {
  private readonly abort = new AbortController();
  private surface: Surface | null = null;
  private settings: Settings | null = null;
  private lastReport = '';
  private watcher: ReturnType<typeof watchPage> | null = null;
  /** The reader's notes on this page's claims. */
  private notes: PageNotes | null = null;
  /** Runs, their staleness, and the claims the last one found. */
  private readonly loop = new RunLoop({
    enabled: () => !this.abort.signal.aborted && this.enabled(),
    readPage: (stale) => this.readPage(stale),
    dateOf: (root) => articleDate(document, root),
    analyze: analyzeInBackground,
    observeRoot: (root) => this.watcher?.observeRoot(root),
    hasOverlay: () => !!this.surface,
    prepare: () => this.ensureSurface().prepare(),
    draw: () => this.draw(),
    afterSlice: () => new Promise<void>((resolve) => (this.surface ? this.surface.afterSlice(resolve) : resolve())),
    report: (annotations, text, date) => {
      this.notes?.ensureLoaded();
      void this.report(annotations, text, date);
    },
    failed: (err) => {
      if (!isUnreachable(err)) console.error('DealLens could not check this page', err);
    },
  });

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
      this.loop.forget();
      this.loop.run();
    });
    signal.addEventListener('abort', stopSources);
    const stopArticle = onMessage('backgroundGetArticle', () =>
      this.loop.text ? pageArticle(this.loop.text, this.loop.date) : null,
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
      this.loop.run();
    } else if (showUnknownChanged) {
      this.draw();
    }
  }

  private ensureWatching() {
    if (this.watcher) return;
    this.watcher = watchPage(
      {
        ownHost: () => this.surface?.host ?? null,
        articleRoot: () => this.loop.root,
        onContentChange: () => this.enabled() && this.loop.run(),
        onNavigate: () => {
          if (!this.enabled()) return;
          // Another article: its opening is other context, so nothing cached carries over.
          this.loop.forget();
          this.loop.run();
        },
        onLayoutChange: () => this.surface?.place(),
      },
      this.abort.signal,
    );
  }

  /** Finds the article's text (Readability itself runs in the background), a slice per task. */
  private async readPage(stale: () => boolean) {
    const markup = await runSliced(articleMarkupSteps(document), stale);
    if (markup === undefined) return undefined;
    const readable = markup ? keptNodes(markup, await readArticleInBackground(markup.html)) : null;
    if (stale()) return undefined;
    return runSliced(articleTextSteps(document, readable), stale);
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
    const loop = this.loop;
    if (loop.claims.length === 0 && !this.surface) return;
    const surface = this.ensureSurface();
    const showUnknown = this.settings?.showUnknown ?? true;
    const notes = this.notes;
    const byClaim = notes?.place(loop.text, loop.claims).byClaim;
    const text = loop.text;
    const claims: PageClaim[] = loop.claims.map((c) => ({
      ...c,
      shown: showUnknown || c.annotation.verdict !== 'unknown',
      evidence: () => evidenceFor(c.annotation, loop.facts),
      notesFrame: notes ? () => notes.frameFor(c, text, byClaim?.get(c.index)?.length ?? 0) : undefined,
    }));
    surface.host.dataset.runs = String(loop.runs);
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
    const target = this.loop.claims[index];
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
    this.loop.clear();
    this.lastReport = '';
    this.surface?.destroy();
    this.surface = null;
  }

  destroy() {
    this.abort.abort();
    this.loop.stop();
    this.clear();
  }
}
