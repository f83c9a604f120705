/**
 * Fact base size: a generated fact base of 10,000 facts (the bundled ones, synthetic deals between synthetic
 * companies, and some synthetic facts on real companies so that index lookups return longer lists) against the
 * bundled one, on the same text. Judging must look facts up by relation and subject, never scan them all.
 */
import { analyze } from '../../lib/engine';
import { bundledFactBase, factIndex } from '../../lib/factbase';
import { factBaseSchema, type Fact, type FactBase } from '../../lib/factbase/schema';
import { RELATIONS } from '../../lib/claims/types';
import { median, time } from './timing';
import { random } from './text';

/** Real companies that articles name, so some synthetic facts land in the lists the engine actually reads. */
const REAL = ['amazon', 'openai', 'softbank', 'nvidia', 'microsoft', 'anthropic', 'google', 'oracle', 'meta'];
const STATUSES = ['prospective', 'completed'] as const;
const ROUNDS = ['funding-round', 'secondary', 'tranche'] as const;

export function syntheticFactBase(total = 10_000, realShare = 0.1, seed = 42): FactBase {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const source = {
    id: 'synthetic',
    file: 'synthetic.txt',
    title: 'Synthetic deal wire',
    outlet: 'Bench',
    author: null,
    date: '2025-06',
  };
  const facts: Fact[] = [...bundledFactBase.facts];
  for (let i = 0; facts.length < total; i++) {
    const real = next() < realShare;
    const subject = real ? pick(REAL) : `synthco-${Math.floor(next() * 2000)}`;
    const object = next() < 0.5 ? `synthco-${Math.floor(next() * 2000)}` : undefined;
    const amount = Math.round(next() * 100) * 1e8;
    const quote = `${subject} deal ${i} worth $${amount / 1e9} billion`;
    facts.push({
      id: `synthetic-${i}`,
      relation: pick(RELATIONS),
      subject,
      ...(object ? { object } : {}),
      topic: 'synthetic',
      label: `Synthetic fact ${i}`,
      event: {
        status: pick(STATUSES),
        date: `20${10 + Math.floor(next() * 16)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`,
        ...(next() < 0.5 ? { round: pick(ROUNDS) } : {}),
      },
      versions: [
        {
          value: { kind: 'money', value: amount, currency: 'USD', qualifier: next() < 0.5 ? 'exact' : 'up-to' },
          sources: [{ sourceId: 'synthetic', quote, start: 0, end: quote.length }],
        },
      ],
    });
  }
  // Valid against the same schema as the bundled fact base, or the comparison would mean nothing.
  return factBaseSchema.parse({
    version: 1,
    sources: [...bundledFactBase.sources, source],
    topics: [...bundledFactBase.topics, { id: 'synthetic', label: 'Synthetic deals' }],
    facts,
  });
}

export interface FactBaseScalingResult {
  facts: number;
  realSubjectFacts: number;
  indexMs: number;
  bundledMs: number;
  largeMs: number;
  ratio: number;
}

export function benchFactBaseScaling(text: string, runs = 5): FactBaseScalingResult {
  const large = syntheticFactBase();
  // The index is built once per fact base (and cached); timed on its own, not in the ratio.
  const indexMs = time(() => factIndex(large));
  analyze(text, { factBase: large });
  analyze(text);
  const bundled: number[] = [];
  const big: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const b = time(() => analyze(text));
    const l = time(() => analyze(text, { factBase: large }));
    bundled.push(b);
    big.push(l);
    ratios.push(l / b);
  }
  return {
    facts: large.facts.length,
    realSubjectFacts: large.facts.filter((f) => f.id.startsWith('synthetic') && REAL.includes(f.subject)).length,
    indexMs,
    bundledMs: median(bundled),
    largeMs: median(big),
    ratio: median(ratios),
  };
}
