import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/types';
import type { Fact } from '../factbase/schema';
import { mayBeSameEvent, provenSameEvent } from './same-event';

const talks: Fact = {
  id: 'amazon-openai-investment',
  relation: 'investment',
  subject: 'amazon',
  object: 'openai',
  topic: 't',
  label: 'l',
  event: { status: 'prospective', notBefore: '2025-11' },
  versions: [{ sources: [{ sourceId: 's', quote: 'q', start: 0, end: 1 }] }],
};
const october: Fact = {
  ...talks,
  id: 'oct',
  relation: 'layoffs',
  object: undefined,
  event: { status: 'completed', date: '2025-10' },
};
const total: Fact = { ...talks, id: 'total', event: { status: 'completed', aggregate: true } };

function claim(over: Omit<Partial<Claim>, 'event'> & { event?: Partial<Claim['event']> } = {}): Claim {
  const { event, ...rest } = over;
  return {
    start: 0,
    end: 1,
    text: '$10 billion',
    relation: 'investment',
    subject: 'amazon',
    object: 'openai',
    named: ['amazon', 'openai'],
    nearby: ['amazon', 'openai'],
    ...rest,
    event: { words: [], ...event },
  };
}

describe('mayBeSameEvent (enough to support)', () => {
  it('rejects an article written before the event began, and a claim dated before it', () => {
    expect(mayBeSameEvent(claim(), talks, '2025-06-01')).toBe(false);
    expect(mayBeSameEvent(claim({ event: { date: '2025-09' } }), talks)).toBe(false);
    expect(mayBeSameEvent(claim({ event: { date: '2026-01' } }), talks, '2026-01-30')).toBe(true);
  });

  it('tells a dated event from a claim dated otherwise, and a month of an unknown year from nothing', () => {
    expect(mayBeSameEvent(claim({ relation: 'layoffs', object: undefined, event: { date: '2026-01' } }), october)).toBe(
      false,
    );
    expect(mayBeSameEvent(claim({ relation: 'layoffs', object: undefined, event: { date: '*-01' } }), october)).toBe(
      true,
    );
  });

  it("rejects another target, and a figure with no target unless the fact's is named close by or in focus", () => {
    expect(mayBeSameEvent(claim({ object: 'anthropic' }), talks)).toBe(false);
    expect(mayBeSameEvent(claim({ object: undefined, named: ['amazon'], nearby: ['amazon'] }), talks)).toBe(false);
    expect(
      mayBeSameEvent(claim({ object: undefined, named: ['amazon'], nearby: ['amazon'], inFocus: 'openai' }), talks),
    ).toBe(true);
  });

  it('keeps a completed close of the talks as a candidate: the talks may have ended', () => {
    expect(mayBeSameEvent(claim({ event: { status: 'completed' } }), talks)).toBe(true);
  });
});

describe('provenSameEvent (needed to contradict)', () => {
  it('holds for a named claim about the talks', () => {
    expect(provenSameEvent(claim({ event: { status: 'prospective' } }), talks)).toBe(true);
  });

  it('fails for tranches, parts, increments, joint figures, earlier figures and running totals', () => {
    for (const event of [
      { round: 'tranche' as const },
      { part: true },
      { incremental: true },
      { joint: true },
      { baseline: true },
      { total: true },
    ]) {
      expect(provenSameEvent(claim({ event }), talks), JSON.stringify(event)).toBe(false);
    }
    expect(provenSameEvent(claim(), total)).toBe(false);
  });

  it('holds for a running total against a total only in the month of its latest source, with no other date', () => {
    const so = claim({ event: { total: true } });
    expect(provenSameEvent(so, total, '2026-02-03', '2026-02')).toBe(true);
    expect(provenSameEvent(so, total, '2026-03-01', '2026-02')).toBe(false);
    expect(provenSameEvent(so, total, '2023-10-01', '2026-02')).toBe(false);
    expect(provenSameEvent(so, total, '2026-02-03')).toBe(false);
    expect(provenSameEvent(claim({ event: { total: true, date: '2023' } }), total, '2026-02-03', '2026-02')).toBe(
      false,
    );
    expect(provenSameEvent(claim({ event: { total: true, joint: true } }), total, '2026-02-03', '2026-02')).toBe(false);
    expect(provenSameEvent(claim(), total, '2026-02-03', '2026-02')).toBe(false);
  });

  it('lets a round with no owner, in talks where no startup is named, support but never contradict', () => {
    const open = claim({ object: undefined, named: ['amazon'], nearby: ['amazon'], anyRound: true });
    expect(mayBeSameEvent(open, talks)).toBe(true);
    expect(provenSameEvent(open, talks)).toBe(false);
  });

  it('fails for an inferred subject, or a target named only in another sentence', () => {
    expect(provenSameEvent(claim({ inferred: true }), talks)).toBe(false);
    expect(provenSameEvent(claim({ object: undefined, named: ['amazon'], nearby: ['amazon', 'openai'] }), talks)).toBe(
      false,
    );
  });

  it('takes talks about money sent nowhere else as the talks of the startup in focus', () => {
    const alone = { object: undefined, named: ['amazon'], nearby: ['amazon', 'openai'], inFocus: 'openai' };
    expect(provenSameEvent(claim({ ...alone, untargeted: true, event: { status: 'prospective' } }), talks)).toBe(true);
    expect(provenSameEvent(claim({ ...alone, event: { status: 'prospective' } }), talks)).toBe(false);
    expect(provenSameEvent(claim({ ...alone, untargeted: true }), talks)).toBe(false);
    expect(
      provenSameEvent(
        claim({ ...alone, untargeted: true, inFocus: 'anthropic', event: { status: 'prospective' } }),
        talks,
      ),
    ).toBe(false);
  });

  it('takes a completed deal as the close of the talks only when placed after the last report of them', () => {
    const done = (event: Partial<Claim['event']>) => claim({ event: { status: 'completed', ...event } });
    expect(provenSameEvent(done({}), talks, '2026-05-06', '2026-02')).toBe(false);
    expect(provenSameEvent(done({ current: true }), talks, '2026-05-06', '2026-02')).toBe(true);
    expect(provenSameEvent(done({ current: true }), talks, '2025-12-30', '2026-02')).toBe(false);
    expect(provenSameEvent(done({ date: '2026-03' }), talks, undefined, '2026-02')).toBe(true);
    expect(provenSameEvent(done({ date: '2025-12' }), talks, undefined, '2026-02')).toBe(false);
    expect(provenSameEvent(done({ current: true }), talks, undefined, '2026-02')).toBe(false);
  });

  it('needs a dated past event named by the claim', () => {
    const layoffs = claim({ relation: 'layoffs', object: undefined });
    expect(provenSameEvent(layoffs, october)).toBe(false);
    expect(provenSameEvent({ ...layoffs, event: { words: [], date: '2025-10' } }, october)).toBe(true);
  });
});
