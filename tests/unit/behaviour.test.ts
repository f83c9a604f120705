/**
 * The CheckList-style behavioural suites (tests/behaviour/*.txt, issue 12): minimum functionality, negatives,
 * invariance and directional cases, run through analyze(). A false "Contradicted" always fails; the pass counts
 * per kind must stay at or above tests/behaviour/floor.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../../lib/claims/types';
import { bundledFactBase } from '../../lib/factbase';
import { locate, parseFamily } from '../behaviour/parse';
import { asHeadline, changedFigure, renamed, swapped } from '../behaviour/transforms';
import {
  failureLine,
  KINDS,
  knownKey,
  loadCases,
  loadKnownFalseContradictions,
  runCases,
  SUITE_DIR,
  summarise,
} from '../behaviour/suite';

const MIN_PHRASINGS = 10;
const cases = loadCases();
const outcomes = runCases(cases);
const { counts, failures } = summarise(outcomes);
const known = loadKnownFalseContradictions();
const floor = JSON.parse(readFileSync(join(SUITE_DIR, 'floor.json'), 'utf8')) as Record<string, number>;

writeFileSync(join(SUITE_DIR, 'last-failures.txt'), failures.map(failureLine).join('\n') + '\n');
console.log(
  `behaviour: ${KINDS.map((k) => `${k} ${counts[k].pass}/${counts[k].total}`).join(', ')}; ` +
    `${failures.length} failing (tests/behaviour/last-failures.txt)`,
);

describe('behavioural suites', () => {
  it('has at least 10 minimum-functionality phrasings for every fact and every relation', () => {
    const perFact = new Map<string, number>();
    const perRelation = new Map<string, number>();
    for (const c of cases.filter((x) => x.kind === 'mft')) {
      if (c.fact) perFact.set(c.fact, (perFact.get(c.fact) ?? 0) + 1);
      if (c.relation) perRelation.set(c.relation, (perRelation.get(c.relation) ?? 0) + 1);
    }
    const ids = bundledFactBase.facts.map((f) => f.id);
    expect([...perFact.keys()].filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.filter((id) => (perFact.get(id) ?? 0) < MIN_PHRASINGS)).toEqual([]);
    expect(RELATIONS.filter((r) => (perRelation.get(r) ?? 0) < MIN_PHRASINGS)).toEqual([]);
  });

  it('never judges a claim contradicted where the line does not expect it', () => {
    const accusations = outcomes.filter((o) => o.falseContradiction && !known.has(knownKey(o)));
    expect(accusations.map(failureLine)).toEqual([]);
  });

  it('keeps the known false contradictions list to lines that still fail', () => {
    const still = new Set(outcomes.filter((o) => o.falseContradiction).map(knownKey));
    const fixed = [...known].filter((k) => !still.has(k));
    if (fixed.length > 0)
      console.log(`behaviour: no longer falsely contradicted, remove from the list:\n${fixed.join('\n')}`);
    expect(fixed).toEqual([]);
  });

  it.each(KINDS)('passes at least the floor for %s cases', (kind) => {
    expect(floor[kind], `floor.json has no ${kind}`).toBeTypeOf('number');
    expect(counts[kind].pass).toBeGreaterThanOrEqual(floor[kind]!);
  });
});

describe('behavioural suite format and transforms', () => {
  it('parses directives, options and tags, and rejects malformed lines', () => {
    const [c] = parseFamily(
      'f',
      '@kind neg\n@date 2026-01-29\nsupported | X cut [16,000] jobs. | date=2025-10-01 inv rename=X>Y dir\n',
    );
    expect(c).toMatchObject({
      kind: 'neg',
      expect: 'supported',
      date: '2025-10-01',
      rename: ['X', 'Y'],
      dir: { op: 'mul', by: 3 },
    });
    expect(c!.tags.has('inv')).toBe(true);
    expect(() => parseFamily('f', 'maybe | a [b] |')).toThrow(/expectation/);
    expect(() => parseFamily('f', 'supported | no anchor |')).toThrow(/anchor/);
    expect(() => parseFamily('f', 'unknown | a [b] | dir')).toThrow(/supported/);
  });

  it('finds the anchor after the brackets are removed', () => {
    expect(locate('Amazon may invest [$50 billion] in OpenAI.')).toEqual({
      text: 'Amazon may invest $50 billion in OpenAI.',
      start: 18,
      end: 29,
    });
  });

  it('swaps marked clauses, keeping names capitalised and common openers in lower case', () => {
    expect(swapped('Amazon may invest [$50B] ^ people said.')).toBe('People said, Amazon may invest [$50B].');
    expect(swapped('The talks are [early] ^ a person said.')).toBe('A person said, the talks are [early].');
  });

  it('title-cases a headline without touching figures, and renames whole words only', () => {
    expect(asHeadline('Amazon is in talks to invest [$50bn] in OpenAI.').split('\n')[0]).toBe(
      'Amazon Is in Talks to Invest [$50bn] in OpenAI',
    );
    expect(renamed('Unlike Google, Amazon pays [$8 billion].', 'Google', 'Meta')).toBe(
      'Unlike Meta, Amazon pays [$8 billion].',
    );
    expect(() => renamed('Amazon pays [$8 billion].', 'Google', 'Meta')).toThrow();
  });

  it('changes the anchor figure only, keeping its written form', () => {
    expect(changedFigure('Cut [16,000] jobs, not 16,000.', { op: 'mul', by: 3 })).toBe(
      'Cut [48,000] jobs, not 16,000.',
    );
    expect(changedFigure('Bought for [$13.7 billion].', { op: 'mul', by: 3 })).toBe('Bought for [$41.1 billion].');
    expect(changedFigure('Founded in [2015].', { op: 'add', by: 3 })).toBe('Founded in [2018].');
  });
});
