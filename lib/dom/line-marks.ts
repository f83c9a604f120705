/**
 * The boxes a claim's mark covers, one per line. A range's client rects hold a box for each piece of text and, for an
 * element wholly inside the range (a link, a bold figure), that element's box as well: drawn as they come, a
 * translucent mark would be darker where they overlap. Boxes on the same line that overlap or touch become one.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Gap (px) between two boxes of one line that still makes them one mark: the space between two inline elements. */
const JOIN_GAP = 1;

const sameLine = (a: Box, b: Box) => {
  const overlap = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return overlap > Math.min(a.h, b.h) / 2;
};

export function lineMarks(boxes: readonly Box[]): Box[] {
  const out: Box[] = [];
  for (const b of [...boxes].sort((p, q) => p.y - q.y || p.x - q.x)) {
    const into = out.find((o) => sameLine(o, b) && b.x <= o.x + o.w + JOIN_GAP && o.x <= b.x + b.w + JOIN_GAP);
    if (!into) {
      out.push({ ...b });
      continue;
    }
    const right = Math.max(into.x + into.w, b.x + b.w);
    const bottom = Math.max(into.y + into.h, b.y + b.h);
    into.x = Math.min(into.x, b.x);
    into.y = Math.min(into.y, b.y);
    into.w = right - into.x;
    into.h = bottom - into.y;
  }
  return out;
}
