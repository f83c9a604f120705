/**
 * The deal map: an SVG of companies and the investments and agreements between them. Edge labels are buttons in one
 * roving tab stop: Tab reaches the map, arrow keys move between edges, Enter or Space selects one and its facts and
 * sources appear below. All text is set as text nodes (Preact), never as markup.
 */
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { DealGraph } from '../lib/viz/graph';
import { MAP_WIDTH, layoutDealMap } from '../lib/viz/layout';
import { useVizWidth } from './use-viz-width';
import { plural } from '../lib/viz/format';
import { EdgeDetails } from './edge-details';
import { DealMapNode } from './deal-map-node';
import { TieLabel, TieLine } from './deal-map-tie';
import { MapLegend } from './deal-map-legend';
import './viz.css';

export interface DealMapProps {
  graph: DealGraph;
  nameOf: (id: string) => string;
  selectedId?: string | null;
  onSelect?: (edgeId: string | null) => void;
}

/** The tie an arrow, Home or End key moves focus to from `id` (ties in reading order, wrapping around). */
function tieAfterKey(order: readonly string[], id: string, key: string): string | undefined {
  const i = order.indexOf(id);
  if (key === 'ArrowDown' || key === 'ArrowRight') return order[(i + 1) % order.length];
  if (key === 'ArrowUp' || key === 'ArrowLeft') return order[(i - 1 + order.length) % order.length];
  if (key === 'Home') return order[0];
  if (key === 'End') return order[order.length - 1];
  return undefined;
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
  const stop =
    (focusId && layout.edges.has(focusId) ? focusId : null) ??
    (selected && layout.edges.has(selected) ? selected : null) ??
    layout.order[0];

  if (graph.edges.length === 0) {
    return (
      <p ref={box} class="viz-muted">
        No investments or agreements between companies in the fact base or on this page.
      </p>
    );
  }

  const onKey = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(selected === id ? null : id);
      return;
    }
    if (e.key === 'Escape' && selected) {
      select(null);
      return;
    }
    const next = tieAfterKey(layout.order, id, e.key);
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
          <marker
            id={arrow}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path class="viz-arrow" d="M0 0 L10 5 L0 10 z" />
          </marker>
        </defs>
        <g aria-hidden="true">
          {layout.order.map((id) => (
            <TieLine
              key={id}
              edge={byId.get(id)!}
              place={layout.edges.get(id)!}
              selected={selected === id}
              arrow={arrow}
              onClick={() => select(id)}
            />
          ))}
        </g>
        <g>
          {[...layout.nodes.values()].map((n) => (
            <DealMapNode key={n.id} node={graph.nodes.find((x) => x.id === n.id)!} place={n} />
          ))}
        </g>
        <g>
          {layout.order.map((id) => (
            <TieLabel
              key={id}
              edge={byId.get(id)!}
              place={layout.edges.get(id)!}
              selected={selected === id}
              tabStop={id === stop}
              nameOf={nameOf}
              setRef={(el) => {
                if (el) refs.current.set(id, el);
                else refs.current.delete(id);
              }}
              onClick={() => {
                setFocusId(id);
                select(selected === id ? null : id);
              }}
              onKeyDown={(e) => onKey(e, id)}
              onFocus={() => setFocusId(id)}
            />
          ))}
        </g>
      </svg>
      <MapLegend />
      <EdgeDetails edge={selectedEdge} nameOf={nameOf} />
    </div>
  );
}
