import type { MapNode } from '../lib/viz/graph';
import type { NodePlace } from '../lib/viz/layout';

/** A company on the deal map: a rounded box with its name over one or more lines. */
export function DealMapNode({ node, place }: { node: MapNode; place: NodePlace }) {
  const { x, y, w, h, lines } = place;
  return (
    <g class={`viz-node${node.onPage ? ' is-on-page' : ''}`}>
      <title>
        {node.name}
        {node.onPage ? ' (named on this page)' : ''}
      </title>
      <rect x={x} y={y} width={w} height={h} rx={Math.min(h / 2, 13)} />
      <text x={x + w / 2} y={y + 5} text-anchor="middle">
        {lines.map((line, i) => (
          <tspan key={i} x={x + w / 2} dy={i === 0 ? 13 : 15}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
