/**
 * The side panel's "At a glance" view: the deal map, figures across sources and the timeline, sharing one selection.
 * Selecting a tie on the map brings its headline figure into the chart and onto the timeline.
 */
import { useMemo, useState } from 'preact/hooks';
import type { FactBase } from '../lib/factbase/schema';
import type { ClaimReport } from '../lib/messages';
import { buildDealGraph } from '../lib/viz/graph';
import { buildFactSeries } from '../lib/viz/series';
import { buildTimeline } from '../lib/viz/timeline';
import { DealMap } from './deal-map';
import { FiguresChart } from './figures-chart';
import { ReportTimeline } from './timeline';
import './viz.css';

export interface AtAGlanceProps {
  factBase: FactBase;
  claims: ClaimReport[];
  /** The article in the active tab; null where DealLens has not run on it. */
  page: { title: string; date?: string | null } | null;
  nameOf: (id: string) => string;
  /** Companies and funds only get edges the page alone reports (not people or products). */
  isCompany?: (id: string) => boolean;
}

export function AtAGlance({ factBase, claims, page, nameOf, isCompany }: AtAGlanceProps) {
  const graph = useMemo(
    () => buildDealGraph(factBase, claims, { nameOf, isCompany }),
    [factBase, claims, nameOf, isCompany],
  );
  const series = useMemo(
    () => buildFactSeries(factBase, claims, { pageDate: page?.date ?? null }),
    [factBase, claims, page?.date],
  );
  const [edgeId, setEdgeId] = useState<string | null>(null);
  const [factId, setFactId] = useState<string | null>(null);
  const charted = new Set(series.map((s) => s.factId));

  const selectEdge = (id: string | null) => {
    setEdgeId(id);
    const edge = id ? graph.edges.find((e) => e.id === id) : undefined;
    const figure = edge?.facts.find((f) => charted.has(f.id));
    if (figure) setFactId(figure.id);
  };
  const focus = factId ?? series[0]?.factId;
  const timeline = useMemo(
    () => buildTimeline(factBase, page ? { title: page.title, date: page.date, claims } : null, { factId: focus }),
    [factBase, page, claims, focus],
  );

  return (
    <section class="viz" aria-label="At a glance">
      {page ? null : <p class="viz-muted">DealLens has not checked this page: the views show the fact base alone.</p>}
      <h2>Deal map</h2>
      <DealMap graph={graph} nameOf={nameOf} selectedId={edgeId} onSelect={selectEdge} />
      <h2>Figures across sources</h2>
      <FiguresChart series={series} selectedId={factId} onSelect={setFactId} />
      <h2>Timeline of reports</h2>
      <ReportTimeline timeline={timeline} />
    </section>
  );
}
