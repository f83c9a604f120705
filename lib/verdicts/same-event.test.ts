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
const totalFact: Fact = { ...talks, id: 'total', event: { status: 'completed', aggregate: true } };

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
    expect(provenSameEvent(claim(), totalFact)).toBe(false);
  });

  it('holds for a running total above the total only in the month of its latest source, with no other date', () => {
    const money = (value: number) => ({ kind: 'money' as const, value, qualifier: 'exact' as const, start: 0, end: 1 });
    const total: Fact = {
      ...totalFact,
      versions: [{ ...totalFact.versions[0]!, value: { kind: 'money', value: 8e9, qualifier: 'exact' } }],
    };
    const so = claim({ value: money(24e9), event: { total: true } });
    expect(provenSameEvent(claim({ value: money(4e9), event: { total: true } }), total, '2026-02-03', '2026-02')).toBe(
      false,
    );
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

  it('contradicts a running total only above it, counted from the same date, before the last report on it', () => {
    const running: Fact = {
      ...october,
      id: 'running',
      event: { aggregate: true, since: '2025-10' },
      versions: [{ ...october.versions[0]!, value: { kind: 'count', value: 30000, qualifier: 'about' } }],
    };
    const count = (value: number, date?: string, qualifier: 'exact' | 'up-to' = 'exact') =>
      claim({
        relation: 'layoffs',
        object: undefined,
        detail: 'cumulative',
        value: { kind: 'count', value, qualifier, start: 0, end: 1 },
        event: date ? { date } : {},
      });
    expect(provenSameEvent(count(60000, '2025-10'), running, '2026-01-29', '2026-02')).toBe(true);
    expect(provenSameEvent(count(14000, '2025-10'), running, '2026-01-29', '2026-02')).toBe(false);
    expect(provenSameEvent(count(60000, '2025-10', 'up-to'), running, '2026-01-29', '2026-02')).toBe(false);
    expect(provenSameEvent(count(60000), running, '2026-01-29', '2026-02')).toBe(false);
    expect(provenSameEvent(count(60000, '2022'), running, '2026-01-29', '2026-02')).toBe(false);
    expect(provenSameEvent(count(60000, '2025-10'), running, '2027-06-01', '2026-02')).toBe(false);
    expect(provenSameEvent(count(60000, '2025-10'), running, undefined, '2026-02')).toBe(false);
    expect(provenSameEvent({ ...count(60000, '2025-10'), detail: undefined }, running, '2026-01-29', '2026-02')).toBe(
      false,
    );
    const foreseen = count(60000, '2025-10');
    foreseen.event.status = 'prospective';
    expect(provenSameEvent(foreseen, running, '2026-01-29', '2026-02')).toBe(false);
    expect(mayBeSameEvent(count(30000, '2022'), running)).toBe(false);
    expect(mayBeSameEvent(count(30000, '2025-10'), running)).toBe(true);
  });
});
