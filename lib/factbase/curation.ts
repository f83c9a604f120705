/**
 * The reviewed part of the fact base. The build runs the claim extractor over the source articles; this file says
 * which canonical fact each extracted claim belongs to (one shell per fact), names entities the extractor could not
 * resolve, and lists the extracted claims that are not facts. Every value, quote and offset comes from the sources:
 * nothing here states a figure the build does not find in them (`expect` only tells facts of one relation apart).
 */
import type { Relation } from '../claims/types';
import type { Fact, FactValue, Topic } from './schema';

export interface FactShell {
  id: string;
  relation: Relation;
  subject: string;
  object?: string;
  topic: string;
  label: string;
  event: Fact['event'];
  /** Tells apart facts of the same relation and subject: the figure the sources give for this one. */
  expect?: Pick<FactValue, 'kind' | 'value'>;
  /** Claims of other relations that also attest this fact (Amazon's investment shows Amazon takes part in the round). */
  alsoFrom?: Relation[];
}

/** An extracted source claim, by source id and the claim's text, that needs a correction or is not a fact. */
export interface ClaimRef {
  source: string;
  text: string;
  relation: Relation;
  subject?: string;
}

export const TOPICS: Topic[] = [
  { id: 'amazon-openai-talks', label: 'Amazon–OpenAI investment talks' },
  { id: 'openai-round', label: "OpenAI's new funding round" },
  { id: 'openai-company', label: 'OpenAI: valuation, history and business' },
  { id: 'amazon-layoffs', label: "Amazon's job cuts" },
  { id: 'amazon-stock', label: "Amazon's shares" },
  { id: 'amazon-anthropic', label: 'Amazon and Anthropic' },
  { id: 'amazon-business', label: "Amazon's cloud, chips and acquisitions" },
  { id: 'people', label: 'People quoted in the sources' },
];

// The talks and the round were reported after OpenAI's October 2025 secondary sale, which the sources date.
const CURRENT = { status: 'prospective', notBefore: '2025-11' } as const;

export const SHELLS: FactShell[] = [
  {
    id: 'amazon-openai-investment',
    relation: 'investment',
    subject: 'amazon',
    object: 'openai',
    topic: 'amazon-openai-talks',
    label: "Amazon's investment in OpenAI",
    event: { ...CURRENT },
  },
  {
    id: 'amazon-openai-talks-stage',
    relation: 'talks-stage',
    subject: 'amazon',
    object: 'openai',
    topic: 'amazon-openai-talks',
    label: 'Stage of the Amazon–OpenAI talks',
    event: { ...CURRENT },
  },
  {
    id: 'talks-lead-andy-jassy',
    relation: 'talks-lead',
    subject: 'andy-jassy',
    topic: 'amazon-openai-talks',
    label: 'Andy Jassy leads the talks for Amazon',
    event: { ...CURRENT },
  },
  {
    id: 'talks-lead-sam-altman',
    relation: 'talks-lead',
    subject: 'sam-altman',
    topic: 'amazon-openai-talks',
    label: 'Sam Altman leads the talks for OpenAI',
    event: { ...CURRENT },
  },
  {
    id: 'wsj-first-report',
    relation: 'first-report',
    subject: 'wsj',
    topic: 'amazon-openai-talks',
    label: 'The Wall Street Journal first reported the Amazon–OpenAI talks',
    event: { ...CURRENT },
  },
  {
    id: 'amazon-openai-compute',
    relation: 'compute-agreement',
    subject: 'amazon',
    object: 'openai',
    topic: 'amazon-openai-talks',
    label: 'Amazon sells computing power to OpenAI',
    event: {},
  },
  {
    id: 'amazon-openai-employee-access',
    relation: 'model-access',
    subject: 'amazon',
    object: 'openai',
    topic: 'amazon-openai-talks',
    label: "Amazon employees would get access to OpenAI's models",
    event: { ...CURRENT },
  },
  {
    id: 'openai-round-size',
    relation: 'round-size',
    subject: 'openai',
    topic: 'openai-round',
    label: "Size of OpenAI's funding round",
    event: { ...CURRENT, round: 'funding-round' },
  },
  {
    id: 'amazon-round-share',
    relation: 'round-share',
    subject: 'amazon',
    object: 'openai',
    topic: 'openai-round',
    label: "Amazon's share of OpenAI's round",
    event: { ...CURRENT },
  },
  {
    id: 'softbank-openai-investment',
    relation: 'investment',
    subject: 'softbank',
    object: 'openai',
    topic: 'openai-round',
    label: "SoftBank's investment in OpenAI's round",
    event: { ...CURRENT },
  },
  {
    id: 'amazon-anchor-investor',
    relation: 'anchor-investor',
    subject: 'amazon',
    object: 'openai',
    topic: 'openai-round',
    label: "Amazon would be the largest investor in OpenAI's round",
    event: { ...CURRENT },
  },
  {
    id: 'round-participant-amazon',
    relation: 'participants',
    subject: 'amazon',
    object: 'openai',
    topic: 'openai-round',
    label: "Amazon takes part in OpenAI's round",
    event: { ...CURRENT },
    alsoFrom: ['investment'],
  },
  {
    id: 'round-participant-nvidia',
    relation: 'participants',
    subject: 'nvidia',
    object: 'openai',
    topic: 'openai-round',
    label: "Nvidia takes part in OpenAI's round",
    event: { ...CURRENT },
  },
  {
    id: 'round-participant-softbank',
    relation: 'participants',
    subject: 'softbank',
    object: 'openai',
    topic: 'openai-round',
    label: "SoftBank takes part in OpenAI's round",
    event: { ...CURRENT },
    alsoFrom: ['investment'],
  },
  {
    id: 'round-participant-microsoft',
    relation: 'participants',
    subject: 'microsoft',
    object: 'openai',
    topic: 'openai-round',
    label: "Microsoft takes part in OpenAI's round",
    event: { ...CURRENT },
  },
  {
    id: 'round-participant-middle-east-funds',
    relation: 'participants',
    subject: 'middle-east-funds',
    object: 'openai',
    topic: 'openai-round',
    label: "Middle Eastern sovereign wealth funds take part in OpenAI's round",
    event: { ...CURRENT },
  },
  {
    id: 'openai-valuation-round',
    relation: 'valuation',
    subject: 'openai',
    topic: 'openai-round',
    label: "OpenAI's valuation in the new round",
    event: { ...CURRENT, round: 'funding-round' },
    expect: { kind: 'money', value: 830e9 },
  },
  {
    id: 'openai-valuation-secondary',
    relation: 'valuation',
    subject: 'openai',
    topic: 'openai-company',
    label: "OpenAI's valuation after its October 2025 secondary share sale",
    event: { status: 'completed', date: '2025-10', notBefore: '2025-10', round: 'secondary' },
    expect: { kind: 'money', value: 500e9 },
  },
  {
    id: 'openai-ipo-timing',
    relation: 'ipo-timing',
    subject: 'openai',
    topic: 'openai-company',
    label: "Timing of OpenAI's possible IPO",
    event: { status: 'prospective' },
  },
  {
    id: 'openai-founded',
    relation: 'founded',
    subject: 'openai',
    topic: 'openai-company',
    label: 'Year OpenAI was founded',
    event: {},
  },
  {
    id: 'chatgpt-launch',
    relation: 'launch',
    subject: 'chatgpt',
    topic: 'openai-company',
    label: 'Year ChatGPT launched',
    event: {},
  },
  {
    id: 'microsoft-openai-partnership',
    relation: 'partnership-start',
    subject: 'microsoft',
    object: 'openai',
    topic: 'openai-company',
    label: "Start of Microsoft's partnership with OpenAI",
    event: {},
  },
  {
    id: 'openai-revenue',
    relation: 'revenue',
    subject: 'openai',
    topic: 'openai-company',
    label: "OpenAI's annualized revenue",
    event: {},
  },
  {
    id: 'amazon-layoffs-latest',
    relation: 'layoffs',
    subject: 'amazon',
    topic: 'amazon-layoffs',
    label: "Amazon's latest round of corporate job cuts",
    // The second wave was announced in late January 2026: a cut reported in November or December 2025 is October's.
    event: { notBefore: '2026-01' },
    expect: { kind: 'count', value: 16000 },
  },
  {
    id: 'amazon-layoffs-october-2025',
    relation: 'layoffs',
    subject: 'amazon',
    topic: 'amazon-layoffs',
    label: "Amazon's October 2025 job cuts",
    event: { status: 'completed', date: '2025-10' },
    expect: { kind: 'count', value: 14000 },
  },
  {
    id: 'amazon-layoffs-total',
    relation: 'layoffs',
    subject: 'amazon',
    topic: 'amazon-layoffs',
    label: 'Amazon job cuts since October 2025, in total',
    event: { aggregate: true, since: '2025-10' },
    expect: { kind: 'count', value: 30000 },
  },
  {
    id: 'amazon-share-price',
    relation: 'share-price',
    subject: 'amazon',
    topic: 'amazon-stock',
    label: "Amazon's share price",
    event: {},
  },
  {
    id: 'amazon-three-year-return',
    relation: 'stock-return',
    subject: 'amazon',
    topic: 'amazon-stock',
    label: "Amazon's three-year share return",
    event: {},
  },
  {
    id: 'amazon-anthropic-investment',
    relation: 'investment',
    subject: 'amazon',
    object: 'anthropic',
    topic: 'amazon-anthropic',
    label: "Amazon's investment in Anthropic, in total",
    event: { status: 'completed', aggregate: true },
  },
  {
    id: 'anthropic-founded',
    relation: 'founded',
    subject: 'anthropic',
    topic: 'amazon-anthropic',
    label: 'Year Anthropic was founded',
    event: {},
  },
  {
    id: 'amazon-anthropic-data-center',
    relation: 'data-center',
    subject: 'amazon',
    object: 'anthropic',
    topic: 'amazon-anthropic',
    label: "Amazon's data center for Anthropic in Indiana",
    event: {},
  },
  {
    id: 'amazon-whole-foods',
    relation: 'acquisition',
    subject: 'amazon',
    object: 'whole-foods',
    topic: 'amazon-business',
    label: "Amazon's acquisition of Whole Foods",
    event: { status: 'completed' },
  },
  {
    id: 'amazon-largest-acquisition',
    relation: 'largest-acquisition',
    subject: 'amazon',
    object: 'whole-foods',
    topic: 'amazon-business',
    label: "Whole Foods is Amazon's largest acquisition",
    event: {},
  },
  {
    id: 'aws-cloud-share',
    relation: 'market-share',
    subject: 'aws',
    topic: 'amazon-business',
    label: "AWS's share of global cloud infrastructure spend",
    event: {},
  },
  {
    id: 'chip-trainium',
    relation: 'chips',
    subject: 'trainium',
    object: 'amazon',
    topic: 'amazon-business',
    label: 'Trainium is an Amazon chip',
    event: {},
  },
  {
    id: 'chip-inferentia',
    relation: 'chips',
    subject: 'inferentia',
    object: 'amazon',
    topic: 'amazon-business',
    label: 'Inferentia is an Amazon chip',
    event: {},
  },
  {
    id: 'david-chen',
    relation: 'attribution',
    subject: 'david-chen',
    topic: 'people',
    label: "David Chen's title and employer",
    event: {},
  },
  {
    id: 'maya-rodriguez',
    relation: 'attribution',
    subject: 'maya-rodriguez',
    topic: 'people',
    label: "Maya Rodriguez's title and employer",
    event: {},
  },
  {
    id: 'arjun-patel',
    relation: 'attribution',
    subject: 'arjun-patel',
    topic: 'people',
    label: "Arjun Patel's title and employer",
    event: {},
  },
  {
    id: 'rebecca-shaw',
    relation: 'attribution',
    subject: 'rebecca-shaw',
    topic: 'people',
    label: "Rebecca Shaw's title",
    event: {},
  },
];

/** Claims whose parties the extractor could not resolve from the text alone ("The company plans to cut..."). */
export const PARTY_FIXES: (ClaimRef & { object?: string })[] = [
  { source: '002', text: 'approximately 16,000', relation: 'layoffs', subject: 'amazon' },
  { source: '002', text: '14,000', relation: 'layoffs', subject: 'amazon' },
  { source: '001', text: 'Amazon selling computing power', relation: 'compute-agreement', object: 'openai' },
  { source: '001', text: '$100 billion', relation: 'round-size', subject: 'openai' },
  { source: '002', text: 'approximately 50%', relation: 'round-share', subject: 'amazon' },
];

/** Extracted claims that are not facts of their own. */
export const IGNORED: (ClaimRef & { reason: string })[] = [
  {
    source: '002',
    text: '$11 billion',
    relation: 'data-center',
    subject: 'anthropic',
    reason: 'the comparison table repeats the Indiana data center with the parties swapped',
  },
];
