/** The bench's output: a readable table, then (as the last line) one JSON object with every figure. */

export interface Row {
  name: string;
  value: string;
  target?: string;
  ok?: boolean;
  note?: string;
}

export function table(rows: Row[]): string {
  const head = ['figure', 'value', 'target', '', 'note'];
  const cells = rows.map((r) => [
    r.name,
    r.value,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED',
    r.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
export const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;
export const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** The keys the speed issues name, in their order; a figure not measured in this run is null. */
const KEYS = [
  'engine_ratio',
  'engine_mb_per_s',
  'scaling_ratio',
  'adversarial_scaling_ratio',
  'page_2k_ms',
  'page_20k_ms',
  'long_tasks',
  'layout_shift',
  'render_vs_mark_ratio',
  'inject_gzip_bytes',
  'heap_bytes',
  'factbase_scaling_ratio',
  // The same ratio with 5,000 facts from the reader's sources in the one index over all packs.
  'user_factbase_scaling_ratio',
  // The worst hostile text per MB (long runs of Unicode spaces and the like) against ordinary deal news per MB.
  'hostile_text_ratio',
  // 1 MB against 100 KB of one figure restated over and over: the look back for the claim a figure repeats.
  'restated_scaling_ratio',
] as const;
export type Figures = Record<(typeof KEYS)[number], number | null>;

export function figuresJson(f: Partial<Figures>): string {
  const out: Record<string, number | null> = {};
  for (const k of KEYS) out[k] = f[k] ?? null;
  return JSON.stringify(out);
}
