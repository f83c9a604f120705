import { describe, expect, it } from 'vitest';
import { groupClaims } from '@/components/group-claims';
import type { FactBase } from '@/lib/factbase/schema';
import type { ClaimReport } from '@/lib/messages';

const src = (sourceId: string, quote: string) => ({ sourceId, quote, start: 0, end: quote.length });
const FB: FactBase = {
  version: 1,
  sources: [
    { id: 's1', file: 'a.txt', title: 'A', outlet: 'Reuters', author: null, date: '2026-01-29' },
    { id: 's2', file: 'b.txt', title: 'B', outlet: null, author: 'Jane Roe', date: null },
  ],
  topics: [
    { id: 'amazon-openai', label: 'Amazon–OpenAI investment talks' },
    { id: 'amazon-shares', label: "Amazon's shares" },
  ],
  facts: [
    {
      id: 'amazon-openai-amount',
      relation: 'investment',
      subject: 'amazon',
      object: 'openai',
      topic: 'amazon-openai',
      label: "Amazon's investment in OpenAI",
      event: { status: 'prospective' },
      versions: [
        {
          value: { kind: 'money', value: 5e10, currency: 'USD', qualifier: 'up-to' },
          sources: [src('s1', 'up to $50 billion'), src('s2', 'as much as $50 billion')],
        },
      ],
    },
    {
      id: 'amazon-openai-stage',
      relation: 'talks-stage',
      subject: 'amazon',
      object: 'openai',
      topic: 'amazon-openai',
      label: 'Stage of the talks',
      event: {},
      versions: [
        { detail: 'advanced', sources: [src('s1', 'advanced talks')] },
        { detail: 'preliminary', sources: [src('s2', 'preliminary talks')] },
      ],
    },
    {
      id: 'amazon-share-price',
      relation: 'share-price',
      subject: 'amazon',
      topic: 'amazon-shares',
      label: "Amazon's share price",
      event: {},
      versions: [
        {
          value: { kind: 'money', value: 241.73, currency: 'USD', qualifier: 'exact' },
          sources: [src('s1', '$241.73')],
        },
      ],
    },
  ],
};

const claim = (
  index: number,
  relation: ClaimReport['relation'],
  verdict: ClaimReport['verdict'],
  facts: string[],
): ClaimReport => ({ index, text: `claim ${index}`, relation, verdict, facts, why: '', prefix: '', suffix: '' });

describe('groupClaims', () => {
  it('groups by the topic of the facts a claim was judged against, in page order, and by relation otherwise', () => {
    const groups = groupClaims(
      [
        claim(2, 'layoffs', 'unknown', []),
        claim(0, 'investment', 'supported', ['amazon-openai-amount']),
        claim(1, 'talks-stage', 'disputed', ['amazon-openai-stage']),
        claim(3, 'layoffs', 'unknown', ['no-such-fact']),
      ],
      FB,
    );
    expect(groups.map((g) => [g.key, g.label, g.claims.map((c) => c.index)])).toEqual([
      ['topic:amazon-openai', 'Amazon–OpenAI investment talks', [0, 1]],
      ['relation:layoffs', 'Layoffs', [2, 3]],
    ]);
    expect(groups[1]!.facts).toEqual([]);
  });

  it("lists the deal's facts with their sources, and the points the sources disagree on", () => {
    const [deal] = groupClaims([claim(0, 'investment', 'supported', ['amazon-openai-amount'])], FB);
    expect(deal!.facts.map((f) => f.id)).toEqual(['amazon-openai-amount', 'amazon-openai-stage']);
    expect(deal!.disputes.map((f) => f.id)).toEqual(['amazon-openai-stage']);
    const amount = deal!.facts[0]!;
    expect(amount.versions[0]!.sources.map((s) => [s.name, s.date, s.quote])).toEqual([
      ['Reuters', '2026-01-29', 'up to $50 billion'],
      ['Jane Roe', null, 'as much as $50 billion'],
    ]);
    // Facts of other topics stay out.
    expect(deal!.facts.some((f) => f.topic === 'amazon-shares')).toBe(false);
  });
});
