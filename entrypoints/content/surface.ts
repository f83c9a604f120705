/**
 * What DealLens adds to a page: one closed shadow-root host for the claims' marks, badges and card, absolutely
 * positioned at the top left of the document so it never takes part in the page's layout, and no change to the page's
 * own nodes. Nothing here reads page text into markup.
 *
 * The marks are drawn here rather than with the CSS Custom Highlight API: the highlight registry is shared with the
 * page's script, and getComputedStyle(el, '::highlight(name)') hands it each name's colours (even for rules the
 * extension injects), so any native highlight would tell the page every claim's verdict.
 */
import { h, render } from 'preact';
import { Overlay, type OverlayProps } from '@/components/overlay';
import type { PageClaim } from '@/lib/dom/page-claim';
import { OVERLAY_CSS } from './styles';
import { SLICE_MS } from '@/lib/dom/pace';
import { lineMarks } from '@/lib/dom/line-marks';
import { timing } from './timing';

export const HOST_TAG = 'deallens-overlay';

const BADGE = 17;
/**
 * Claims drawn per task: a long article has hundreds of claims, and measuring and rendering them all at once is one
 * long task. The first slice goes at once, the rest follow a slice per task.
 */
const SLICE = 20;
/** The very first slice is smaller: it runs Preact's and DealLens's drawing code for the first time (cold). */
const FIRST_SLICE = 8;
/**
 * The overlay is put back each time the page removes it (some pages sweep out elements they did not write, on a
 * timer), unless that happens more than this many times within a second: then the page is fighting it, and DealLens
 * stops contesting the page and says so (the popup tells the reader).
 */
const MAX_REMOVALS_PER_SECOND = 3;

export class Surface {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  private readonly mount: HTMLElement;
  private claimList: PageClaim[] = [];
  /** When the page removed the overlay (ms, last second only), and whether DealLens stopped putting it back. */
  private removals: number[] = [];
  private gaveUp = false;
  private readonly watch: MutationObserver;
  /** Called once if DealLens stops putting the overlay back. */
  onGiveUp: (() => void) | null = null;
  /** Whether an element's text runs right to left (a claim there ends on the left: its badge goes there). */
  private rtl = new WeakMap<Element, boolean>();
  private sliceTimer = 0;
  /**
   * The claims whose badges are measured so far (of claimList[0, measured)) and the spots they take. Each slice
   * measures the next claims; new claims or a change of layout start the measuring over, and until a badge is measured
   * again the one drawn before stays where it was (`previousClaims`), so nothing flickers.
   */
  private measuredClaims: OverlayProps['claims'] = [];
  private measured = 0;
  private taken: { x: number; y: number }[] = [];
  private previousClaims: OverlayProps['claims'] = [];
  private drawnClaims: OverlayProps['claims'] = [];
  /** Whether the overlay has been styled (see prepare()). */
  private styled = false;
  /** Called after the next slice of badges is on screen (see afterSlice). */
  private waiting: (() => void)[] = [];

  constructor(doc: Document) {
    // A copy left by an earlier instance (extension reloaded, script injected again) goes first.
    for (const old of Array.from(doc.querySelectorAll(HOST_TAG))) old.remove();
    this.host = doc.createElement(HOST_TAG);
    const important: [string, string][] = [
      ['position', 'absolute'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['margin', '0'],
      ['padding', '0'],
      ['border', '0'],
      ['display', 'block'],
      ['overflow', 'visible'],
      ['z-index', '2147483647'],
      ['pointer-events', 'none'],
      ['transform', 'none'],
      ['contain', 'style'],
    ];
    for (const [k, v] of important) this.host.style.setProperty(k, v, 'important');
    // Closed: to the page's script the host has no shadow root, so it cannot read a verdict, a claim or the card. Only
    // the end-to-end test build (`npm run build:e2e`, see wxt.config.ts) opens it, because Playwright's locators cannot
    // enter a closed root; this switch is the one difference between that build and the shipped one.
    this.shadow = this.host.attachShadow({ mode: import.meta.env.DEALLENS_OPEN_SHADOW === true ? 'open' : 'closed' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.mount = doc.createElement('div');
    // Badges take pointer events; the empty overlay around them must not.
    this.mount.style.pointerEvents = 'auto';
    this.shadow.append(style, this.mount);
    doc.documentElement.appendChild(this.host);
    // Put back at once when the page takes it out (not only at the next drawing), so a sweep leaves no gap.
    this.watch = new MutationObserver(() => {
      if (!this.host.isConnected) this.restore();
    });
    this.watch.observe(doc.documentElement, { childList: true });
  }

  /** Whether DealLens stopped putting back an overlay the page keeps removing. */
  get displaced(): boolean {
    return this.gaveUp;
  }

  /** Puts the removed overlay back, unless the page removed it too often in the last second. Answers whether it did. */
  private restore(): boolean {
    if (this.gaveUp) return false;
    const now = performance.now();
    this.removals = this.removals.filter((t) => now - t < 1000);
    this.removals.push(now);
    if (this.removals.length > MAX_REMOVALS_PER_SECOND) {
      this.gaveUp = true;
      this.watch.disconnect();
      this.flushWaiting();
      this.onGiveUp?.();
      return false;
    }
    this.host.ownerDocument.documentElement.appendChild(this.host);
    return true;
  }

  setClaims(claims: PageClaim[]) {
    this.claimList = claims;
    this.rtl = new WeakMap();
    this.prepare();
    this.place();
  }

  /** Styles the overlay (its shadow tree and stylesheet) ahead of the first badges, once. */
  prepare() {
    if (this.styled) return;
    this.styled = true;
    this.host.getBoundingClientRect();
  }

  /** Measures the badges again, a slice per task (after new claims, or a change of layout). */
  place() {
    this.previousClaims = this.drawnClaims;
    this.measuredClaims = [];
    this.measured = 0;
    this.taken = [];
    this.scheduleSlice();
  }

  /** Makes sure claim `index`'s badge is drawn (focusing it from the popup or the keyboard cannot wait a task). */
  reveal(index: number) {
    if (index < this.measured) return;
    this.extend(index + 1, Infinity);
    this.scheduleSlice();
  }

  /** Calls `cb` once the next slice of badges is drawn, at once when none is coming (or when the surface goes). */
  afterSlice(cb: () => void) {
    if (this.sliceTimer) this.waiting.push(cb);
    else cb();
  }

  private flushWaiting() {
    const waiting = this.waiting;
    this.waiting = [];
    for (const cb of waiting) cb();
  }

  private scheduleSlice() {
    if (this.sliceTimer || (this.measured >= this.claimList.length && this.previousClaims.length === 0)) return;
    // A timer rather than a frame callback: a background tab gets no frames, and the badges must be there on return.
    this.sliceTimer = window.setTimeout(() => {
      this.sliceTimer = 0;
      if (this.gaveUp) {
        this.flushWaiting();
        return;
      }
      this.extend(this.measured + (this.drawnClaims.length ? SLICE : FIRST_SLICE), SLICE_MS);
      this.scheduleSlice();
    }, 0);
  }

  get claims(): readonly PageClaim[] {
    return this.claimList;
  }

  private isRtl(el: Element): boolean {
    let rtl = this.rtl.get(el);
    if (rtl === undefined) {
      rtl = getComputedStyle(el).direction === 'rtl';
      this.rtl.set(el, rtl);
    }
    return rtl;
  }

  /**
   * Measures the next claims, up to claim `upTo` or for about `budgetMs`, and renders the badges measured so far
   * (with those drawn before and not measured again yet where they were).
   */
  private extend(upTo: number, budgetMs: number) {
    const doc = this.host.ownerDocument;
    // Removed by the page between the observer's turns: put back, or leave the page without badges rather than fight.
    if (!this.host.isConnected && !this.restore()) {
      this.flushWaiting();
      return;
    }
    const view = doc.defaultView!;
    const origin = this.host.getBoundingClientRect();
    const maxRight = doc.documentElement.clientWidth - BADGE - 2;
    const taken = this.taken;
    const started = performance.now();
    const end = Math.min(upTo, this.claimList.length);
    while (this.measured < end && performance.now() - started < budgetMs) {
      const c = this.claimList[this.measured++]!;
      if (!c.shown) continue;
      const rects = Array.from(c.range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      const last = rects[rects.length - 1];
      let at: OverlayProps['claims'][number]['at'] = null;
      if (last) {
        const el = c.range.endContainer.parentElement;
        const rtl = !!el && this.isRtl(el);
        // Whole pixels: a badge's box, as the page's hit testing sees it, is then the same shape at every spot.
        let x = Math.round((rtl ? Math.max(0, last.left - BADGE) : Math.min(last.right, maxRight)) - origin.left);
        const y = Math.round(last.top + Math.max(0, (last.height - BADGE) / 2) - 6 - origin.top);
        // Two claims ending side by side: keep their badges apart.
        while (taken.some((t) => Math.abs(t.y - y) < BADGE && Math.abs(t.x - x) < BADGE)) x += BADGE + 2;
        taken.push({ x, y });
        at = { x, y };
      }
      this.measuredClaims.push({
        index: c.index,
        annotation: c.annotation,
        at,
        marks: lineMarks(
          rects.map((r) => ({ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height })),
        ),
        evidence: c.evidence,
        notesFrame: c.notesFrame,
      });
    }
    if (this.measured >= this.claimList.length) {
      this.previousClaims = [];
    }
    const measured = this.measured;
    this.drawnClaims = [...this.measuredClaims, ...this.previousClaims.filter((c) => c.index >= measured)];
    const viewport = {
      left: -origin.left,
      top: -origin.top,
      width: doc.documentElement.clientWidth,
      height: view.innerHeight,
    };
    render(h(Overlay, { claims: this.drawnClaims, viewport, root: this.shadow }), this.mount);
    timing.rendered ??= performance.now();
    this.flushWaiting();
  }

  badge(index: number): HTMLElement | null {
    return this.shadow.querySelector<HTMLElement>(`.dl-badge[data-index="${index}"]`);
  }

  /** The index of the badge that has focus, if any. */
  focusedIndex(): number | null {
    const el = this.shadow.activeElement;
    const i = el instanceof HTMLElement ? el.dataset.index : undefined;
    return i === undefined ? null : Number(i);
  }

  destroy() {
    this.watch.disconnect();
    if (this.sliceTimer) clearTimeout(this.sliceTimer);
    this.sliceTimer = 0;
    this.measured = this.claimList.length;
    this.previousClaims = [];
    this.flushWaiting();
    render(null, this.mount);
    this.host.remove();
  }
}
