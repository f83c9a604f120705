/**
 * Test data for lib/viz and its components: a small fact base shaped like the seed articles' (the lead's generated
 * one replaces it in the extension), and page claims like a December article's "$10 billion" report.
 */
import type { Fact, FactBase, FactValue } from '../../lib/factbase/schema';
import type { ClaimReport } from '../../lib/messages';

const money = (value: number, qualifier: FactValue['qualifier'] = 'exact'): FactValue => ({
  kind: 'money',
  value,
  currency: 'USD',
  qualifier,
});
const src = (sourceId: string, quote: string) => ({ sourceId, quote, start: 0, end: quote.length });

function fact(f: Omit<Fact, 'event'> & { event?: Fact['event'] }): Fact {
  return { event: {}, ...f };
}

export const testFactBase: FactBase = {
  version: 1,
  sources: [
    {
      id: 's0',
      file: '000.txt',
      title: 'Amazon in Advanced Talks to Invest Up to $50 Billion in OpenAI',
      outlet: null,
      author: null,
      date: null,
    },
    { id: 's1', file: '001.txt', title: 'Amazon’s $50 Billion Bet on OpenAI', outlet: null, author: null, date: null },
    { id: 's2', file: '002.txt', title: 'Strategic Power Move', outlet: 'Seattle desk', author: null, date: '2026-02' },
    {
      id: 's3',
      file: '003.txt',
      title: 'Amazon in Talks for Massive $50 Billion OpenAI Stake',
      outlet: null,
      author: 'Daniel Brooks',
      date: null,
    },
    {
      id: 's4',
      file: '004.txt',
      title: 'Why a $50B Check Matters',
      outlet: 'Deal Desk',
      author: null,
      date: '2026-01-30',
    },
  ],
  topics: [
    { id: 'openai-funding-round', label: 'OpenAI’s funding round' },
    { id: 'amazon-anthropic', label: 'Amazon and Anthropic' },
  ],
  facts: [
    fact({
      id: 'amazon-openai-investment',
      relation: 'investment',
      subject: 'amazon',
      object: 'openai',
      topic: 'openai-funding-round',
      label: 'Amazon’s investment in OpenAI',
      event: { status: 'prospective', date: '2026' },
      versions: [
        {
          value: money(5e10, 'up-to'),
          sources: [
            src('s0', 'up to $50 billion'),
            src('s1', 'up to $50 billion'),
            src('s2', 'up to $50 billion'),
            src('s3', 'up to $50 billion'),
            src('s4', 'roughly $50 billion'),
          ],
        },
      ],
    }),
    fact({
      id: 'amazon-openai-talks-stage',
      relation: 'talks-stage',
      subject: 'amazon',
      object: 'openai',
      topic: 'openai-funding-round',
      label: 'Stage of the Amazon–OpenAI talks',
      event: { status: 'prospective' },
      versions: [
        { detail: 'advanced', sources: [src('s0', 'advanced discussions'), src('s2', 'advanced discussions')] },
        { detail: 'preliminary', sources: [src('s3', 'preliminary discussions')] },
      ],
    }),
    fact({
      id: 'openai-round-size',
      relation: 'round-size',
      subject: 'openai',
      topic: 'openai-funding-round',
      label: 'OpenAI’s funding round',
      event: { status: 'prospective' },
      versions: [
        {
          value: money(1e11, 'up-to'),
          sources: [
            src('s1', 'up to $100 billion'),
            src('s2', '$100 billion funding round'),
            src('s4', 'around $100 billion'),
          ],
        },
      ],
    }),
    fact({
      id: 'openai-valuation',
      relation: 'valuation',
      subject: 'openai',
      topic: 'openai-funding-round',
      label: 'OpenAI’s valuation in the round',
      versions: [
        {
          value: money(8.3e11, 'about'),
          sources: [
            src('s1', 'as much as $830 billion'),
            src('s2', 'approximately $830 billion'),
            src('s4', '$830 billion range'),
          ],
        },
      ],
    }),
    fact({
      id: 'amazon-share-price',
      relation: 'share-price',
      subject: 'amazon',
      topic: 'amazon-stock',
      label: 'Amazon’s share price',
      versions: [
        { value: money(241.73, 'about'), sources: [src('s0', 'trading around $241.73')] },
        { value: money(239.3, 'about'), sources: [src('s3', 'trading around $239.3')] },
      ],
    }),
    fact({
      id: 'amazon-layoffs',
      relation: 'layoffs',
      subject: 'amazon',
      topic: 'amazon-layoffs',
      label: 'Amazon’s job cuts since October',
      versions: [
        {
          value: { kind: 'count', value: 30000, qualifier: 'about' },
          sources: [src('s3', 'approximately 30,000 jobs')],
        },
      ],
    }),
    fact({
      id: 'amazon-anthropic-investment',
      relation: 'investment',
      subject: 'amazon',
      object: 'anthropic',
      topic: 'amazon-anthropic',
      label: 'Amazon’s investment in Anthropic',
      event: { status: 'completed' },
      versions: [{ value: money(8e9, 'about'), sources: [src('s2', 'approximately $8 billion')] }],
    }),
    fact({
      id: 'amazon-anthropic-data-center',
      relation: 'data-center',
      subject: 'amazon',
      object: 'anthropic',
      topic: 'amazon-anthropic',
      label: 'Amazon’s data center for Anthropic',
      event: { status: 'completed' },
      versions: [{ value: money(1.1e10), sources: [src('s2', '$11 billion data center')] }],
    }),
    fact({
      id: 'microsoft-openai-partnership',
      relation: 'partnership-start',
      subject: 'microsoft',
      object: 'openai',
      topic: 'microsoft-openai',
      label: 'Microsoft’s partnership with OpenAI',
      event: { status: 'completed' },
      versions: [{ value: { kind: 'year', value: 2019, qualifier: 'exact' }, sources: [src('s2', 'since 2019')] }],
    }),
    ...['nvidia', 'softbank', 'middle-east-swf'].map((who) =>
      fact({
        id: `${who}-openai-participation`,
        relation: 'participants',
        subject: who,
        object: 'openai',
        topic: 'openai-funding-round',
        label: `${who} in OpenAI’s round`,
        event: { status: 'prospective' },
        versions: [{ detail: 'in talks to participate', sources: [src('s4', 'ongoing talks')] }],
      }),
    ),
    fact({
      id: 'anthropic-founded',
      relation: 'founded',
      subject: 'anthropic',
      topic: 'amazon-anthropic',
      label: 'Anthropic’s founding year',
      versions: [{ value: { kind: 'year', value: 2021, qualifier: 'exact' }, sources: [src('s2', 'founded in 2021')] }],
    }),
  ],
};

function claim(c: Partial<ClaimReport> & Pick<ClaimReport, 'index' | 'text' | 'relation' | 'verdict'>): ClaimReport {
  return { facts: [], why: '', prefix: '', suffix: '', ...c };
}

export const testClaims: ClaimReport[] = [
  claim({
    index: 0,
    text: 'Amazon is in “fluid talks” to invest $10 billion into OpenAI',
    relation: 'investment',
    verdict: 'contradicted',
    facts: ['amazon-openai-investment'],
    why: 'The article says $10 billion; 5 sources say up to $50 billion.',
    subject: 'amazon',
    object: 'openai',
    value: money(1e10),
  }),
  claim({
    index: 1,
    text: 'valuing the company at about $830 billion',
    relation: 'valuation',
    verdict: 'supported',
    facts: ['openai-valuation'],
    why: '3 sources say about $830 billion.',
    subject: 'openai',
    value: money(8.3e11, 'about'),
  }),
  claim({
    index: 2,
    text: 'the two just closed on a $38 billion cloud services deal',
    relation: 'compute-agreement',
    verdict: 'unknown',
    why: 'No source reports this agreement.',
    subject: 'openai',
    object: 'amazon',
    value: money(3.8e10),
  }),
];

const NAMES: Record<string, string> = {
  amazon: 'Amazon',
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  microsoft: 'Microsoft',
  nvidia: 'Nvidia',
  softbank: 'SoftBank',
  'middle-east-swf': 'Middle East sovereign wealth funds',
};
/** Stands in for lib/entities' entityName in tests. */
export const testNameOf = (id: string): string => NAMES[id] ?? id;
