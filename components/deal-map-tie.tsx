/**
 * A tie on the deal map (an investment or an agreement between two companies): its line, drawn under the companies,
 * and its label, a button over them that selects it.
 */
import type { MapEdge } from '../lib/viz/graph';
import { describeEdge } from '../lib/viz/graph';
import type { EdgePlace } from '../lib/viz/layout';
import { VERDICT_LABELS } from '../lib/verdicts/types';

const verdictLabel = (v: keyof typeof VERDICT_LABELS) => VERDICT_LABELS[v];

function tieClasses(edge: MapEdge, selected: boolean): string {
  return [
    edge.verdict ? `has-verdict viz-v-${edge.verdict}` : '',
    edge.pageOnly ? 'is-page-only' : edge.facts.some((f) => f.status === 'prospective') ? 'is-prospective' : '',
    selected ? 'is-selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

interface TieLineProps {
  edge: MapEdge;
  place: EdgePlace;
  selected: boolean;
  /** The id of the arrowhead marker in the map's <defs>. */
  arrow: string;
  onClick: () => void;
}

export function TieLine({ edge, place, selected, arrow, onClick }: TieLineProps) {
  return (
    <g onClick={onClick}>
      <path class={`viz-edge-line ${tieClasses(edge, selected)}`} d={place.path} marker-end={`url(#${arrow})`} />
      <path class="viz-edge-hit" d={place.path} />
    </g>
  );
}

interface TieLabelProps {
  edge: MapEdge;
  place: EdgePlace;
  selected: boolean;
  /** The map's one tab stop (a roving tabindex). */
  tabStop: boolean;
  nameOf: (id: string) => string;
  setRef: (el: SVGGElement | null) => void;
  onClick: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onFocus: () => void;
}

export function TieLabel(props: TieLabelProps) {
  const { edge, place, selected } = props;
  const { x, y, w, h } = place.label;
  return (
    <g
      ref={props.setRef}
      class={`viz-edge ${tieClasses(edge, selected)}`}
      role="button"
      tabindex={props.tabStop ? 0 : -1}
      aria-pressed={selected}
      aria-label={describeEdge(edge, props.nameOf, verdictLabel)}
      data-edge={edge.id}
      onClick={props.onClick}
      onKeyDown={props.onKeyDown}
      onFocus={props.onFocus}
    >
      <rect x={x} y={y} width={w} height={h} rx="5" />
      <text x={x + w / 2} y={y + 3} text-anchor="middle">
        {place.lines.map((line, i) => (
          <tspan
            key={i}
            x={x + w / 2}
            dy={i === 0 ? 12 : 14}
            class={i > 0 && edge.conflicts.length ? 'viz-conflict-line' : undefined}
          >
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
