/**
 * Figures across sources: for each numeric fact, the value every source reports and the value the page states,
 * with dates, ordered so that the facts the page talks about come first.
 */
import type { FactBase, FactValue } from '../factbase/schema';
import type { QuantityKind } from '../claims/types';
import type { ClaimReport } from '../messages';
import type { Verdict } from '../verdicts/types';
import { VERDICT_RANK, sourceIndex, summarizeFact } from './facts';
import { formatDate, formatValue } from './format';

export interface SeriesPoint {
  key: string;
  /** Outlet or author or title; "This article" for the page. */
  name: string;
  date: string | null;
  dateText: string;
  value: FactValue;
  /** "up to $50B" */
  text: string;
  /** The page's claim; else a source's report. */
  fromPage: boolean;
  verdict?: Verdict;
  sourceId?: string;
  claimIndex?: number;
  /** How many times the page states this same figure (its first claim is `claimIndex`). */
  mentions?: number;
  quote?: string;
}

export interface FactSeries {
  factId: string;
  label: string;
  kind: QuantityKind;
  points: SeriesPoint[];
  /** The largest figure to draw, for the chart's scale. */
  max: number;
  disputed: boolean;
  /** The most serious verdict of the page's claims on this fact. */
  verdict?: Verdict;
}

/** Kinds worth a chart: a founding year or a quarter is a date, not a figure to compare on a scale. */
const CHARTED: ReadonlySet<QuantityKind> = new Set(['money', 'count', 'percent', 'fraction']);

export interface SeriesOptions {
  /** The page's date, shown on its row (from PageReport.date). */
  pageDate?: string | null;
}

function pointMax(v: FactValue): number {
  return Math.max(v.value, v.high ?? v.value);
}

export function buildFactSeries(fb: FactBase, claims: ClaimReport[], opts: SeriesOptions = {}): FactSeries[] {
  const sources = sourceIndex(fb);
  const out: Array<FactSeries & { rank: number; order: number }> = [];
  fb.facts.forEach((fact, order) => {
    const summary = summarizeFact(fact, sources);
    const kind = summary.versions.find((v) => v.value)?.value?.kind;
    if (!kind || !CHARTED.has(kind)) return;
    const points: SeriesPoint[] = [];
    for (const v of summary.versions) {
      if (!v.value || v.value.kind !== kind) continue;
      for (const s of v.sources) {
        points.push({
          key: `${fact.id}:${s.sourceId}:${points.length}`,
          name: s.name,
          date: s.date,
          dateText: formatDate(s.date),
          value: v.value,
          text: formatValue(v.value),
          fromPage: false,
          sourceId: s.sourceId,
          quote: s.quote,
        });
      }
    }
    // Sources by date; undated ones after the dated, in the fact base's order.
    points.sort(
      (a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || (a.date ?? '').localeCompare(b.date ?? ''),
    );
    const onPage = claims.filter((c) => c.facts.includes(fact.id));
    // One row per figure the page states: a figure repeated in headline, key points and body is one report.
    const pageRows = new Map<string, SeriesPoint>();
    for (const c of onPage) {
      if (!c.value || c.value.kind !== kind) continue;
      const text = formatValue(c.value);
      const same = pageRows.get(`${text}|${c.verdict}`);
      if (same) {
        same.mentions = (same.mentions ?? 1) + 1;
        continue;
      }
      const point: SeriesPoint = {
        key: `${fact.id}:page:${c.index}`,
        name: 'This article',
        date: opts.pageDate ?? null,
        dateText: opts.pageDate ? formatDate(opts.pageDate) : 'this page',
        value: c.value,
        text,
        fromPage: true,
        verdict: c.verdict,
        claimIndex: c.index,
      };
      pageRows.set(`${text}|${c.verdict}`, point);
      points.push(point);
    }
    if (points.length === 0) return;
    let verdict: Verdict | undefined;
    for (const c of onPage) if (!verdict || VERDICT_RANK[c.verdict] > VERDICT_RANK[verdict]) verdict = c.verdict;
    const rank = onPage.length === 0 ? -1 : VERDICT_RANK[verdict!];
    out.push({
      factId: fact.id,
      label: fact.label,
      kind,
      points,
      max: Math.max(...points.map((p) => pointMax(p.value))),
      disputed: summary.disputed,
      verdict,
      rank,
      order,
    });
  });
  // The page's facts first (contradicted before the rest), then the fact base's own order.
  out.sort((a, b) => b.rank - a.rank || a.order - b.order);
  return out.map(({ rank: _r, order: _o, ...s }) => s);
}

/** A round upper bound for the axis and its ticks: 50e9 -> 60e9 with ticks every 20e9. */
export function niceScale(max: number, ticks = 3): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s * ticks >= max) ?? 10 * mag;
  return { max: step * Math.ceil(max / step), step };
}
