/**
 * The content script's run loop, apart from the page and the messaging so that a unit test can drive it
 * (tests/unit/content-run-loop.test.ts): one run at a time, and a change during a run asks for exactly one more; one
 * staleness token, so a run that a reset (switched off, navigated, sources changed, destroyed) overtook stops at its
 * next step and its answer is dropped; and a run's steps: read the page, ask the background about the text that
 * changed, place the claims on the page's nodes, draw, report.
 */
import type { Annotation } from '@/lib/verdicts/types';
import type { ArticleText } from '@/lib/dom/article';
import { buildTextMapSteps } from '@/lib/dom/text-map';
import { BlockAnalysisCache } from '@/lib/dom/incremental';
import { runSliced, yieldToPage } from '@/lib/dom/pace';
import { ANALYZE_MAX_CHARS, type AnalyzeResult } from '@/lib/protocol';
import type { EvidenceFact } from '@/lib/evidence';
import type { PageClaim } from '@/lib/dom/page-claim';
import { timing } from './timing';

/** What a run needs from the page, the background and the overlay. */
export interface RunPorts {
  /** Whether DealLens is on for this page. */
  enabled(): boolean;
  /**
   * Finds the article's text, in slices (lib/dom/pace.ts): null when the page has none, undefined when the run went
   * stale meanwhile.
   */
  readPage(stale: () => boolean): Promise<Pick<ArticleText, 'root' | 'chunks'> | null | undefined>;
  /** The article's date, if it gives one. */
  dateOf(root: Element): string | undefined;
  /** The background's check of a text. */
  analyze(text: string, date: string | undefined): Promise<AnalyzeResult>;
  /** The article's root is another element now. */
  observeRoot(root: Element): void;
  /** Whether the overlay exists yet; if not, it is got ready (prepare) while the background checks the text. */
  hasOverlay(): boolean;
  prepare(): void;
  /** Draws the loop's claims. */
  draw(): void;
  /** Resolves once the next slice of badges is on screen. */
  afterSlice(): Promise<void>;
  /** Tells the background (and the popup) what the page holds now; loads the page's notes. */
  report(annotations: Annotation[], text: string, date?: string): void;
  /** A run failed. */
  failed(err: unknown): void;
}

export class RunLoop {
  /** The claims on the page as the last run found them, the text they are in and the article's root. */
  claims: Pick<PageClaim, 'index' | 'annotation' | 'range'>[] = [];
  text = '';
  root: Element | null = null;
  /** The article's date as the analysis cache knows it. */
  date: string | undefined;
  /** The facts the background's answers cited, by id, for the evidence cards (replaced as answers come in). */
  readonly facts = new Map<string, EvidenceFact>();
  /** Runs so far, for diagnostics. */
  runs = 0;
  private cache: BlockAnalysisCache | null = null;
  /** Bumped by every reset: a run that started under another epoch is stale. */
  private epoch = 0;
  private stopped = false;
  /** The run in progress (analysis is a round trip to the background), and whether another was asked for meanwhile. */
  private running: Promise<void> | null = null;
  private runAgain = false;

  constructor(private readonly ports: RunPorts) {}

  /** The staleness token of a run starting now: true once a reset or switching off overtook it. */
  private token(): () => boolean {
    const epoch = this.epoch;
    return () => this.stopped || this.epoch !== epoch || !this.ports.enabled();
  }

  /** Forgets what the background said (other sources, another article): the run in progress is stale. */
  forget() {
    this.epoch++;
    this.cache = null;
  }

  /** Forgets the page altogether (DealLens switched off on it). */
  clear() {
    this.forget();
    this.claims = [];
    this.root = null;
  }

  stop() {
    this.stopped = true;
    this.clear();
  }

  /** Finds the article and (re)checks the text that changed since the last run; one run at a time. */
  run() {
    if (this.stopped) return;
    if (this.running) {
      this.runAgain = true;
      return;
    }
    this.running = this.runOnce()
      .catch((err: unknown) => this.ports.failed(err))
      .finally(() => {
        this.running = null;
        if (this.runAgain) {
          this.runAgain = false;
          this.run();
        }
      });
  }

  /** Settles when no run is in progress or asked for (for tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async runOnce(): Promise<void> {
    this.runs++;
    const ports = this.ports;
    const stale = this.token();
    // Not in the task that asked for the run (start-up, a burst of the page's mutations).
    await yieldToPage();
    if (stale()) return;
    const found = await ports.readPage(stale);
    if (found === undefined) return;
    if (!found) {
      this.root = null;
      this.claims = [];
      ports.draw();
      ports.report([], '');
      return;
    }
    if (found.root !== this.root) {
      this.root = found.root;
      ports.observeRoot(found.root);
    }
    const map = await runSliced(buildTextMapSteps(found.chunks), stale);
    if (!map) return;
    const date = ports.dateOf(found.root);
    if (!this.cache || date !== this.date) {
      this.date = date;
      this.cache = new BlockAnalysisCache(async (text) => {
        const answer = await ports.analyze(text, date);
        for (const f of answer.facts) this.facts.set(f.id, f);
        return answer.annotations;
      }, ANALYZE_MAX_CHARS);
    }
    const blocks = map.blocks.map((b) => map.text.slice(b.start, b.end));
    const pending = this.cache.annotate(blocks);
    pending.catch(() => undefined); // awaited below; not "unhandled" while the overlay is set up
    if (!ports.hasOverlay()) {
      // While the background checks the text, the overlay gets ready in a task of its own, so that drawing starts
      // as soon as the answer is in.
      await yieldToPage();
      if (!stale()) ports.prepare();
    }
    const result = await pending;
    // Switched off, navigated or destroyed while the background was checking: this answer is for a page gone by.
    if (stale() || !result) return;
    timing.analyzed ??= performance.now();
    const claims: Pick<PageClaim, 'index' | 'annotation' | 'range'>[] = [];
    const seen = new Map(found.chunks.map((c) => [c.node, c.text]));
    for (const a of result.annotations.sort((x, y) => x.claim.start - y.claim.start)) {
      const pos = map.positionOf(a.claim.start, a.claim.end);
      // The page may have changed during the round trip: a claim whose text left the page or changed since it was
      // read waits for the next run (which the change has asked for).
      if (!pos || !pos.startNode.isConnected || !pos.endNode.isConnected) continue;
      if (seen.get(pos.startNode) !== pos.startNode.data || seen.get(pos.endNode) !== pos.endNode.data) continue;
      const range = pos.startNode.ownerDocument.createRange();
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
    if (stale()) return;
    ports.draw();
    // Telling the background (a copy of every claim) and fetching notes: a task after the first badges.
    await ports.afterSlice();
    await yieldToPage();
    if (stale()) return;
    ports.report(
      claims.map((c) => c.annotation),
      map.text,
      date,
    );
  }
}
