import type { SentenceContext } from '../context';
import type { RelationModule } from '../relation';
import type { MoneyRoles } from '../extract-types';
import { extractDeal } from './deal-figures';

/** "an $11 billion data center in Indiana" for a named company. */
const extractDataCenter = (ctx: SentenceContext, roles: MoneyRoles) => extractDeal('data-center', ctx, roles);

export const dataCenter: RelationModule = {
  relation: 'data-center',
  label: 'Data centers',
  noun: 'data center',
  map: { edge: 'agreement', what: 'data center', rank: 8 },
  policy: { symmetric: true },
  money: { cues: /\bdata[- ]cent(?:er|re)s?\b/g, nounAfter: /^,?\s*(?:[\w-]+\s+){0,2}data[- ]cent/ },
  extract: extractDataCenter,
};
