/**
 * The deal map: an SVG of companies and the investments and agreements between them. Edge labels are buttons in one
 * roving tab stop (useTieFocus): Tab reaches the map, arrow keys move between edges, Enter or Space selects one and its
 * facts and sources appear below. All text is set as text nodes (Preact), never as markup.
 */
import { useId, useMemo, useState } from 'preact/hooks';
import type { DealGraph } from '../lib/viz/graph';
import { MAP_WIDTH, layoutDealMap } from '../lib/viz/layout';
import { useVizWidth } from './use-viz-width';
import { plural } from '../lib/viz/format';
import { EdgeDetails } from './edge-details';
import { DealMapNode } from './deal-map-node';
import { TieLabel, TieLine } from './deal-map-tie';
import { MapLegend } from './deal-map-legend';
import { ArrowMarker } from './deal-map-arrow';
import { useTieFocus } from './use-tie-focus';
import './viz.css';

export interface DealMapProps {
  graph: DealGraph;
  nameOf: (id: string) => string;
  selectedId?: string | null;
  onSelect?: (edgeId: string | null) => void;
}

export function DealMap({ graph, nameOf, selectedId = null, onSelect }: DealMapProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const { ref: box, width } = useVizWidth<HTMLDivElement>(MAP_WIDTH, 260, 560);
  const layout = useMemo(() => layoutDealMap(graph, width), [graph, width]);
  const [internal, setInternal] = useState<string | null>(null);
  const selected = onSelect ? selectedId : internal;
  const select = (id: string | null) => (onSelect ? onSelect(id) : setInternal(id));
  const ties = useTieFocus(layout.order, (id) => layout.edges.has(id), selected, select);

  if (graph.edges.length === 0) {
    return (
      <p ref={box} class="viz-muted">
        No investments or agreements between companies in the fact base or on this page.
      </p>
    );
  }

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
        <ArrowMarker id={arrow} />
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
              tabStop={id === ties.stop}
              nameOf={nameOf}
              setRef={ties.setRef(id)}
              onClick={() => {
                ties.focus(id);
                select(selected === id ? null : id);
              }}
              onKeyDown={(e) => ties.onKey(e, id)}
              onFocus={() => ties.focus(id)}
            />
          ))}
        </g>
      </svg>
      <MapLegend />
      <EdgeDetails edge={selectedEdge} nameOf={nameOf} />
    </div>
  );
}
