/**
 * The deal map: an SVG of companies and the investments and agreements between them. Edge labels are buttons in one
 * roving tab stop: Tab reaches the map, arrow keys move between edges, Enter or Space selects one and its facts and
 * sources appear below. All text is set as text nodes (Preact), never as markup.
 */
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { DealGraph, MapEdge } from '../lib/viz/graph';
import { describeEdge } from '../lib/viz/graph';
import { MAP_WIDTH, layoutDealMap } from '../lib/viz/layout';
import { useVizWidth } from './use-viz-width';
import { plural } from '../lib/viz/format';
import { VERDICT_LABELS } from '../lib/verdicts/types';
import { EdgeDetails } from './edge-details';
import './viz.css';

export interface DealMapProps {
  graph: DealGraph;
  nameOf: (id: string) => string;
  selectedId?: string | null;
  onSelect?: (edgeId: string | null) => void;
}

const verdictLabel = (v: keyof typeof VERDICT_LABELS) => VERDICT_LABELS[v];

function edgeClasses(edge: MapEdge, selected: boolean): string {
  return [
    edge.verdict ? `has-verdict viz-v-${edge.verdict}` : '',
    edge.pageOnly ? 'is-page-only' : edge.facts.some((f) => f.status === 'prospective') ? 'is-prospective' : '',
    selected ? 'is-selected' : '',
  ].filter(Boolean).join(' ');
}

export function DealMap({ graph, nameOf, selectedId = null, onSelect }: DealMapProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const { ref: box, width } = useVizWidth<HTMLDivElement>(MAP_WIDTH, 260, 560);
  const layout = useMemo(() => layoutDealMap(graph, width), [graph, width]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [internal, setInternal] = useState<string | null>(null);
  const selected = onSelect ? selectedId : internal;
  const select = (id: string | null) => (onSelect ? onSelect(id) : setInternal(id));
  const refs = useRef(new Map<string, SVGGElement>());

  // The one tab stop: the focused edge, else the selected one, else the first in reading order.
  const stop = (focusId && layout.edges.has(focusId) ? focusId : null) ?? (selected && layout.edges.has(selected) ? selected : null) ?? layout.order[0];

  if (graph.edges.length === 0) {
    return <p ref={box} class="viz-muted">No investments or agreements between companies in the fact base or on this page.</p>;
  }

  const onKey = (e: KeyboardEvent, id: string) => {
    const i = layout.order.indexOf(id);
    let next: string | undefined;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = layout.order[(i + 1) % layout.order.length];
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = layout.order[(i - 1 + layout.order.length) % layout.order.length];
    else if (e.key === 'Home') next = layout.order[0];
    else if (e.key === 'End') next = layout.order[layout.order.length - 1];
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(selected === id ? null : id);
      return;
    } else if (e.key === 'Escape' && selected) {
      select(null);
      return;
    }
    if (next) {
      e.preventDefault();
      // Every edge is rendered already: focus moves at once, and the edge's onFocus makes it the tab stop.
      setFocusId(next);
      refs.current.get(next)?.focus();
    }
  };

  const byId = new Map(graph.edges.map((e) => [e.id, e]));
  const arrow = `viz-arrow-${uid}`;
  const selectedEdge = selected ? byId.get(selected) : undefined;
  return (
    <div class="viz-map" ref={box}>
      <svg
        class="viz-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={`Deal map: ${plural(graph.nodes.length, 'company', 'companies')}, ${plural(graph.edges.length, 'tie')}. Arrow keys move between ties; Enter selects one.`}
      >
        <defs>
          <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path class="viz-arrow" d="M0 0 L10 5 L0 10 z" />
          </marker>
        </defs>
        <g aria-hidden="true">
          {layout.order.map((id) => {
            const edge = byId.get(id)!;
            const place = layout.edges.get(id)!;
            return (
              <g key={id} onClick={() => select(id)}>
                <path class={`viz-edge-line ${edgeClasses(edge, selected === id)}`} d={place.path} marker-end={`url(#${arrow})`} />
                <path class="viz-edge-hit" d={place.path} />
              </g>
            );
          })}
        </g>
        <g>
          {[...layout.nodes.values()].map((n) => {
            const node = graph.nodes.find((x) => x.id === n.id)!;
            return (
              <g key={n.id} class={`viz-node${node.onPage ? ' is-on-page' : ''}`}>
                <title>{node.name}{node.onPage ? ' (named on this page)' : ''}</title>
                <rect x={n.x} y={n.y} width={n.w} height={n.h} rx={Math.min(n.h / 2, 13)} />
                <text x={n.x + n.w / 2} y={n.y + 5} text-anchor="middle">
                  {n.lines.map((line, i) => <tspan key={i} x={n.x + n.w / 2} dy={i === 0 ? 13 : 15}>{line}</tspan>)}
                </text>
              </g>
            );
          })}
        </g>
        <g>
          {layout.order.map((id) => {
            const edge = byId.get(id)!;
            const place = layout.edges.get(id)!;
            const { x, y, w, h } = place.label;
            return (
              <g
                key={id}
                ref={(el: SVGGElement | null) => { if (el) refs.current.set(id, el); else refs.current.delete(id); }}
                class={`viz-edge ${edgeClasses(edge, selected === id)}`}
                role="button"
                tabindex={id === stop ? 0 : -1}
                aria-pressed={selected === id}
                aria-label={describeEdge(edge, nameOf, verdictLabel)}
                data-edge={id}
                onClick={() => { setFocusId(id); select(selected === id ? null : id); }}
                onKeyDown={(e) => onKey(e, id)}
                onFocus={() => setFocusId(id)}
              >
                <rect x={x} y={y} width={w} height={h} rx="5" />
                <text x={x + w / 2} y={y + 3} text-anchor="middle">
                  {place.lines.map((line, i) => (
                    <tspan key={i} x={x + w / 2} dy={i === 0 ? 12 : 14} class={i > 0 && edge.conflicts.length ? 'viz-conflict-line' : undefined}>{line}</tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <MapLegend />
      <EdgeDetails edge={selectedEdge} nameOf={nameOf} />
    </div>
  );
}

function LegendLine({ dash }: { dash?: string }) {
  return (
    <svg width="28" height="8" aria-hidden="true">
      <line x1="0" y1="4" x2="28" y2="4" stroke-dasharray={dash} />
    </svg>
  );
}

function MapLegend() {
  return (
    <ul class="viz-legend" aria-label="Legend">
      <li><LegendLine />done</li>
      <li><LegendLine dash="6 4" />in talks</li>
      <li><LegendLine dash="2 4" />this article only</li>
      <li>coloured: the page’s claims</li>
    </ul>
  );
}
