/** Runs the behavioural families through analyze() and judges each case; shared by the Vitest runner and report.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../lib/engine';
import type { Annotation, Verdict } from '../../lib/verdicts/types';
import { locate, parseFamily, type Case, type Expectation } from './parse';
import { asHeadline, changedFigure, renamed, swapped, withFillerAfter, withFillerBefore } from './transforms';

// Vitest's happy-dom environment gives import.meta.url a non-file scheme but defines __dirname; tsx does the reverse.
export const SUITE_DIR = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
export const KINDS = ['mft', 'neg', 'inv', 'dir'] as const;
type CaseKind = (typeof KINDS)[number];

export interface Outcome {
  case: Case;
  kind: CaseKind;
  /** 'base', or the transform that made this text. */
  variant: string;
  expect: Expectation;
  text: string;
  /** Verdicts of the claims overlapping the anchor ('none' when no claim does). */
  got: string;
  pass: boolean;
  /** A claim judged contradicted where the line does not expect that claim to be. */
  falseContradiction: boolean;
}

export function loadCases(dir = SUITE_DIR): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && f !== 'known-false-contradictions.txt' && f !== 'last-failures.txt')
    .sort()
    .flatMap((f) => parseFamily(f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8')));
}

/** Texts on which today's engine falsely contradicts; tolerated by rule (a) until the engine is fixed. */
export function loadKnownFalseContradictions(dir = SUITE_DIR): Set<string> {
  const file = readFileSync(join(dir, 'known-false-contradictions.txt'), 'utf8');
  return new Set(
    file
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => l.trim()),
  );
}

/** known-false-contradictions.txt lines are `family:variant | text`; line numbers are left out so lines can move. */
export function knownKey(o: Pick<Outcome, 'case' | 'variant' | 'text'>): string {
  return `${o.case.family}:${o.variant} | ${o.text.replace(/\n/g, '\\n')}`;
}

export function runCases(cases: Case[]): Outcome[] {
  return cases.flatMap((c) => variantsOf(c).map((v) => judge(c, v.kind, v.variant, v.expect, v.bracketed)));
}

interface PlannedVariant {
  kind: CaseKind;
  variant: string;
  expect: Expectation;
  bracketed: string;
}

function variantsOf(c: Case): PlannedVariant[] {
  const base = c.raw.replace(' ^ ', ', ');
  const out: PlannedVariant[] = [{ kind: c.kind, variant: 'base', expect: c.expect, bracketed: base }];
  const inv = (variant: string, bracketed: string) => out.push({ kind: 'inv', variant, expect: c.expect, bracketed });
  if (c.tags.has('inv')) {
    inv('filler-before', withFillerBefore(base));
    inv('filler-after', withFillerAfter(base));
    inv('headline', asHeadline(base));
  }
  if (c.rename) inv(`rename-${c.rename[0]}`, renamed(base, c.rename[0], c.rename[1]));
  if (c.tags.has('swap')) inv('swap', swapped(c.raw));
  if (c.dir) out.push({ kind: 'dir', variant: 'dir', expect: 'contradicted', bracketed: changedFigure(base, c.dir) });
  return out;
}

function judge(c: Case, kind: CaseKind, variant: string, expect: Expectation, bracketed: string): Outcome {
  const { text, start, end } = locate(bracketed);
  const annotations = analyze(text, c.date ? { documentDate: c.date } : {});
  const onAnchor = annotations.filter((a) => a.claim.start < end && a.claim.end > start);
  const elsewhereContradicted = annotations.some((a) => a.verdict === 'contradicted' && !onAnchor.includes(a));
  const anchorContradicted = onAnchor.some((a) => a.verdict === 'contradicted');
  const falseContradiction = elsewhereContradicted || (anchorContradicted && expect !== 'contradicted');
  const pass = !falseContradiction && meets(expect, onAnchor, c.fact);
  const got = onAnchor.length === 0 ? 'none' : onAnchor.map(describe).join(', ');
  return { case: c, kind, variant, expect, text, got, pass, falseContradiction };
}

function meets(expect: Expectation, onAnchor: Annotation[], fact: string | undefined): boolean {
  const about = (a: Annotation, v: Verdict) => a.verdict === v && (fact === undefined || a.facts.includes(fact));
  const contradicted = onAnchor.some((a) => a.verdict === 'contradicted');
  switch (expect) {
    case 'supported':
      return !contradicted && onAnchor.some((a) => about(a, 'supported'));
    case 'disputed':
      return !contradicted && onAnchor.some((a) => about(a, 'disputed'));
    case 'contradicted':
      return onAnchor.some((a) => about(a, 'contradicted'));
    case 'unknown':
      return onAnchor.every((a) => a.verdict === 'unknown');
    case 'not-contradicted':
      return !contradicted;
  }
}

function describe(a: Annotation): string {
  const facts = a.facts.length > 0 ? ` (${a.facts.join(' ')})` : '';
  return `${a.verdict}:${a.claim.relation}${facts}`;
}

export interface Summary {
  counts: Record<CaseKind, { pass: number; total: number }>;
  failures: Outcome[];
}

export function summarise(outcomes: Outcome[]): Summary {
  const counts = Object.fromEntries(KINDS.map((k) => [k, { pass: 0, total: 0 }])) as Summary['counts'];
  for (const o of outcomes) {
    counts[o.kind].total += 1;
    if (o.pass) counts[o.kind].pass += 1;
  }
  return { counts, failures: outcomes.filter((o) => !o.pass) };
}

export function failureLine(o: Outcome): string {
  const flag = o.falseContradiction ? ' FALSE-CONTRADICTION' : '';
  return `${o.case.family}.txt:${o.case.line} [${o.kind}/${o.variant}] expect=${o.expect} got=${o.got}${flag} :: ${o.text.replace(/\n/g, '\\n')}`;
}

/** The failures grouped by family, as report.ts prints them. */
export function formatByFamily(failures: Outcome[]): string {
  const byFamily = new Map<string, Outcome[]>();
  for (const o of failures) byFamily.set(o.case.family, [...(byFamily.get(o.case.family) ?? []), o]);
  return [...byFamily.entries()]
    .map(([family, list]) => `== ${family} (${list.length})\n${list.map((o) => `  ${failureLine(o)}`).join('\n')}`)
    .join('\n');
}
