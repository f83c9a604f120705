/**
 * A deterministic radial layout for the deal map: the most-connected company in the middle, the others on an ellipse
 * around it (taller than wide, as a side panel is), ordered so that companies tied to each other sit side by side.
 * Edge labels take the first free spot along their own edge, so each label stays on the line it names.
 * No charting library: a handful of nodes does not need one, and the side panel stays small.
 */
import { type DealGraph, type MapEdge, partText } from './graph';
import { ellipsize } from './format';
import { VERDICT_GLYPHS } from '../verdict-glyphs';

export const MAP_WIDTH = 340;
const NODE_LINE_H = 15;
const NODE_FONT = 13;
const LABEL_FONT = 12;
const LINE_H = 14;
const LABEL_LINE_CHARS = 24;
/** Average glyph width relative to font size for the system sans-serif; an estimate is enough to avoid overlaps. */
const GLYPH = 0.6;
const NODE_LINE_CHARS = 16;
const PARALLEL_OFFSET = 34;
/** Where along an edge a label may sit, best first: the middle, then outwards. */
const T_CANDIDATES = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
/** Then nudged off the line: above, below, left, right (in half label sizes). */
const SHIFTS: Array<[number, number]> = [
  [0, 0],
  [0, -1],
  [0, 1],
  [-1, 0],
  [1, 0],
];
/** Turns of the ring tried, in fractions of the angle between two companies. */
const ROTATIONS = [0.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.875];

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface NodePlace extends Box {
  id: string;
  lines: string[];
}
export interface EdgePlace {
  id: string;
  /** SVG path from the source node's border to the target node's border. */
  path: string;
  label: Box;
  lines: string[];
}
export interface MapLayout {
  width: number;
  height: number;
  nodes: Map<string, NodePlace>;
  edges: Map<string, EdgePlace>;
  /** Edge ids in reading order of their labels (top to bottom, then left to right): what arrow keys walk. */
  order: string[];
}

interface Pt {
  x: number;
  y: number;
}

export function labelLines(edge: MapEdge): string[] {
  // "about $8B stake · done" on one line; longer ones put the status on a line of its own to keep labels narrow.
  const lines = edge.parts.flatMap((p) => {
    const one = [partText(p), p.status].filter(Boolean).join(' · ');
    return one.length <= LABEL_LINE_CHARS || !p.status ? [one] : [partText(p), p.status];
  });
  const first = edge.conflicts[0];
  // A contradicted figure is set right against the fact base's: "up to $50B — 5 sources" over "✗ $10B — this article".
  if (first) {
    const rest = edge.parts.slice(1).map((p) => [partText(p), p.status].filter(Boolean).join(' · '));
    return [ellipsize(first.factBase, 34), `${VERDICT_GLYPHS.contradicted} ${ellipsize(first.article, 32)}`, ...rest];
  }
  if (edge.verdict && lines[0] !== undefined) lines[0] = `${VERDICT_GLYPHS[edge.verdict]} ${lines[0]}`;
  return lines;
}

/** A company's name on at most three lines, so "Middle East sovereign wealth funds" stays whole enough to read. */
export function nodeLines(name: string, max = NODE_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= 3) return lines.map((l) => ellipsize(l, max));
  return [...lines.slice(0, 2).map((l) => ellipsize(l, max)), ellipsize(lines.slice(2).join(' '), max)];
}

function textWidth(text: string, font: number): number {
  return Math.ceil(text.length * font * GLYPH);
}

/** Peripheral order: start from the best-connected, then always the company most tied to the one placed last. */
function ringOrder(ids: string[], edges: MapEdge[], degree: (id: string) => number): string[] {
  const ties = (a: string, b: string) =>
    edges.filter((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a)).length;
  const rest = [...ids].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b));
  const out: string[] = [];
  while (rest.length) {
    const last = out[out.length - 1];
    let best = 0;
    if (last !== undefined) {
      for (let i = 1; i < rest.length; i++) if (ties(last, rest[i]!) > ties(last, rest[best]!)) best = i;
    }
    out.push(rest.splice(best, 1)[0]!);
  }
  return out;
}

/** Where the ray from a box's centre towards `toward` leaves the box. */
function border(b: Box, toward: Pt, gap: number): Pt {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Infinity : (b.w / 2 + gap) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (b.h / 2 + gap) / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

function centre(b: Box): Pt {
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

interface Curve {
  edge: MapEdge;
  start: Pt;
  ctrl: Pt;
  end: Pt;
}
interface Attempt {
  nodes: Map<string, NodePlace>;
  curves: Curve[];
  labels: Map<string, { box: Box; lines: string[] }>;
  cost: number;
}

function at(c: Curve, t: number): Pt {
  return {
    x: (1 - t) * (1 - t) * c.start.x + 2 * (1 - t) * t * c.ctrl.x + t * t * c.end.x,
    y: (1 - t) * (1 - t) * c.start.y + 2 * (1 - t) * t * c.ctrl.y + t * t * c.end.y,
  };
}

function coverage(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) + 3;
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) + 3;
  return w > 0 && h > 0 ? w * h : 0;
}

/** Edges between the same two companies bow apart so that both stay visible. */
function curvesFor(edges: MapEdge[], nodes: Map<string, NodePlace>): Curve[] {
  const pairKey = (e: MapEdge) => [e.from, e.to].sort().join('|');
  const pairCount = new Map<string, number>();
  for (const e of edges) pairCount.set(pairKey(e), (pairCount.get(pairKey(e)) ?? 0) + 1);
  const pairSeen = new Map<string, number>();
  return edges.map((e) => {
    const a = nodes.get(e.from)!;
    const b = nodes.get(e.to)!;
    const ca = centre(a);
    const cb = centre(b);
    const key = pairKey(e);
    const n = pairCount.get(key)!;
    const k = pairSeen.get(key) ?? 0;
    pairSeen.set(key, k + 1);
    // Offsets around the straight line, in a frame that does not depend on the edge's direction.
    const [p, q] = e.from < e.to ? [ca, cb] : [cb, ca];
    const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const normal = { x: -(q.y - p.y) / len, y: (q.x - p.x) / len };
    const off = n === 1 ? 0 : (k - (n - 1) / 2) * PARALLEL_OFFSET * 2;
    const ctrl = { x: (ca.x + cb.x) / 2 + normal.x * off, y: (ca.y + cb.y) / 2 + normal.y * off };
    return { edge: e, start: border(a, ctrl, 2), ctrl, end: border(b, ctrl, 6) };
  });
}

/**
 * Greedy label placement, most important first (the page's claims, then the best-sourced): each label takes the
 * first spot along its own edge (then nudged off it) that covers no node and no earlier label, else the least
 * covered one. The summed coverage left over scores the attempt.
 */
function placeLabels(curves: Curve[], nodes: Map<string, NodePlace>, width: number, height: number) {
  const nodeBoxes = [...nodes.values()];
  const placed: Box[] = [];
  const priority = (e: MapEdge) => (e.conflicts.length ? 3 : e.verdict ? 2 : 0) * 1000 + e.sourceCount;
  const queue = [...curves].sort((a, b) => priority(b.edge) - priority(a.edge) || a.edge.id.localeCompare(b.edge.id));
  const labels = new Map<string, { box: Box; lines: string[] }>();
  let total = 0;
  for (const c of queue) {
    const lines = labelLines(c.edge);
    const w = Math.max(...lines.map((l) => textWidth(l, LABEL_FONT))) + 12;
    const h = lines.length * LINE_H + 6;
    let best: { box: Box; cost: number } | undefined;
    search: for (const t of T_CANDIDATES) {
      for (const [sx, sy] of SHIFTS) {
        const p = at(c, t);
        const x = Math.min(Math.max(p.x - w / 2 + sx * (w / 2 + 4), 0), width - w);
        const y = Math.min(Math.max(p.y - h / 2 + sy * (h / 2 + 3), 0), height - h);
        const box = { x, y, w, h };
        const cover = [...nodeBoxes, ...placed].reduce((sum, o) => sum + coverage(box, o), 0);
        const cost = cover + (Math.abs(sx) + Math.abs(sy)) * 0.5;
        if (!best || cost < best.cost) best = { box, cost };
        if (cover === 0) break search;
      }
    }
    placed.push(best!.box);
    labels.set(c.edge.id, { box: best!.box, lines });
    total += Math.floor(best!.cost);
  }
  return { labels, cost: total };
}

export function layoutDealMap(graph: DealGraph, width = MAP_WIDTH): MapLayout {
  const degree = (id: string) => graph.nodes.find((n) => n.id === id)?.degree ?? 0;
  const sized = new Map(
    graph.nodes.map((n) => {
      const lines = nodeLines(n.name);
      return [
        n.id,
        { lines, w: Math.max(...lines.map((l) => textWidth(l, NODE_FONT))) + 18, h: lines.length * NODE_LINE_H + 10 },
      ];
    }),
  );
  const hub = [...graph.nodes].sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name))[0];
  const ring = ringOrder(
    graph.nodes.filter((n) => n !== hub).map((n) => n.id),
    graph.edges,
    degree,
  );
  // Node centres stay 44 units in from the sides; wider nodes are pushed back inside.
  const rx = width / 2 - 44;
  const maxH = Math.max(25, ...[...sized.values()].map((s) => s.h));
  const cx = width / 2;

  const attempt = (ry: number, rotation: number): Attempt & { height: number } => {
    const height = Math.round(2 * ry + maxH + 8);
    const cy = height / 2;
    const nodes = new Map<string, NodePlace>();
    const place = (id: string, p: Pt) => {
      const s = sized.get(id)!;
      const x = Math.min(Math.max(p.x - s.w / 2, 2), width - s.w - 2);
      const y = Math.min(Math.max(p.y - s.h / 2, 2), height - s.h - 2);
      nodes.set(id, { id, lines: s.lines, w: s.w, h: s.h, x: round(x), y: round(y) });
    };
    if (hub) place(hub.id, { x: cx, y: cy });
    ring.forEach((id, i) => {
      // From the top, clockwise, turned by a fraction of a step.
      const a = -Math.PI / 2 + (2 * Math.PI * (i + rotation)) / ring.length;
      place(id, { x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) });
    });
    // Companies covering each other are far worse than a label covering a line: weigh them heavily.
    const boxes = [...nodes.values()];
    let clash = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) clash += coverage(boxes[i]!, boxes[j]!);
    const curves = curvesFor(graph.edges, nodes);
    const labels = placeLabels(curves, nodes, width, height);
    return { nodes, curves, labels: labels.labels, cost: labels.cost + clash * 100, height };
  };
  // A few turns of the ring, and a taller ring where a narrow panel leaves companies on top of each other; the
  // attempt whose nodes and labels cover each other least wins (the first on ties).
  const base = ring.length <= 2 ? 110 : ring.length <= 4 ? 170 : 215;
  let best = attempt(base, 0);
  search: for (const ry of [base, base * 1.2, base * 1.4]) {
    for (const r of [0, ...ROTATIONS]) {
      if (best.cost === 0) break search;
      if (ry === base && r === 0) continue;
      const next = attempt(ry, r);
      if (next.cost < best.cost) best = next;
    }
  }
  const height = best.height;

  const edges = new Map<string, EdgePlace>();
  for (const c of best.curves) {
    const { start, ctrl, end } = c;
    const { box, lines } = best.labels.get(c.edge.id)!;
    edges.set(c.edge.id, {
      id: c.edge.id,
      path: `M${round(start.x)} ${round(start.y)} Q${round(ctrl.x)} ${round(ctrl.y)} ${round(end.x)} ${round(end.y)}`,
      label: { x: round(box.x), y: round(box.y), w: box.w, h: box.h },
      lines,
    });
  }
  const order = [...edges.values()]
    .sort((a, b) => a.label.y - b.label.y || a.label.x - b.label.x || a.id.localeCompare(b.id))
    .map((e) => e.id);
  return { width, height, nodes: best.nodes, edges, order };
}
