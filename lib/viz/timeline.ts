/**
 * The timeline: each source's report and the current article, by date. Sources without a known date are kept, in a
 * group of their own marked "date unknown", rather than given a guessed place on the line.
 */
import type { FactBase } from '../factbase/schema';
import type { ClaimReport } from '../messages';
import type { Verdict } from '../verdicts/types';
import { sourceName, sourceIndex, summarizeFact } from './facts';
import { formatDate, formatValue, plural } from './format';

export interface TimelineEntry {
  key: string;
  kind: 'source' | 'page';
  date: string | null;
  /** "Feb 2026", "date unknown", or "this page" for an undated article. */
  dateText: string;
  name: string;
  title: string;
  author: string | null;
  /** How many facts of the fact base this source backs / how many claims the page makes. */
  count: number;
  countText: string;
  /** What this report says about the focused fact ("up to $50B"), if it says anything. */
  says?: string;
  verdicts?: Partial<Record<Verdict, number>>;
}

export interface Timeline {
  /** Dated reports, oldest first; the page among them when its date is known. */
  dated: TimelineEntry[];
  undated: TimelineEntry[];
  /** The page when its date is not known: shown last, as "this page". */
  page?: TimelineEntry;
}

export interface TimelinePage {
  title: string;
  date?: string | null;
  claims: ClaimReport[];
}

export interface TimelineOptions {
  /** A fact to show each report's figure for (the one selected on the map or the chart). */
  factId?: string;
}

export function buildTimeline(fb: FactBase, page: TimelinePage | null, opts: TimelineOptions = {}): Timeline {
  const sources = sourceIndex(fb);
  const backs = new Map<string, Set<string>>();
  for (const f of fb.facts) {
    for (const v of f.versions)
      for (const p of v.sources) {
        let set = backs.get(p.sourceId);
        if (!set) backs.set(p.sourceId, (set = new Set()));
        set.add(f.id);
      }
  }
  const focus = opts.factId ? fb.facts.find((f) => f.id === opts.factId) : undefined;
  const says = new Map<string, string>();
  if (focus) {
    for (const v of summarizeFact(focus, sources).versions)
      for (const s of v.sources) if (!says.has(s.sourceId)) says.set(s.sourceId, v.text);
  }

  const entries: TimelineEntry[] = fb.sources.map((s) => {
    const count = backs.get(s.id)?.size ?? 0;
    return {
      key: `source:${s.id}`,
      kind: 'source',
      date: s.date,
      dateText: formatDate(s.date),
      name: sourceName(s),
      title: s.title,
      author: s.author,
      count,
      countText: plural(count, 'fact'),
      says: says.get(s.id),
    };
  });

  let pageEntry: TimelineEntry | undefined;
  if (page) {
    const verdicts: Partial<Record<Verdict, number>> = {};
    for (const c of page.claims) verdicts[c.verdict] = (verdicts[c.verdict] ?? 0) + 1;
    const own = focus ? page.claims.find((c) => c.facts.includes(focus.id)) : undefined;
    pageEntry = {
      key: 'page',
      kind: 'page',
      date: page.date ?? null,
      dateText: page.date ? formatDate(page.date) : 'this page',
      name: 'This article',
      title: page.title,
      author: null,
      count: page.claims.length,
      countText: plural(page.claims.length, 'claim'),
      verdicts,
      says: own ? (own.value ? formatValue(own.value) : `“${own.text}”`) : undefined,
    };
  }

  const dated = entries.filter((e) => e.date !== null);
  if (pageEntry && pageEntry.date) dated.push(pageEntry);
  // ISO prefixes sort as text ("2026-02" before "2026-02-05"); equal dates keep sources before the page.
  const indexed = dated.map((e, i) => ({ e, i }));
  indexed.sort((a, b) => a.e.date!.localeCompare(b.e.date!) || a.i - b.i);
  return {
    dated: indexed.map((x) => x.e),
    undated: entries.filter((e) => e.date === null),
    page: pageEntry && !pageEntry.date ? pageEntry : undefined,
  };
}
