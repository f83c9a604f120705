import type { SentenceContext } from '../context';
import type { RelationModule } from '../relation';
import type { MoneyRoles } from '../extract-types';
import { extractDeal } from './deal-figures';

/** "Whole Foods at $13.7 billion", "bought Whole Foods for $13.7bn": judged on the pair, whichever way round. */
const extractAcquisition = (ctx: SentenceContext, roles: MoneyRoles) => extractDeal('acquisition', ctx, roles);

export const acquisition: RelationModule = {
  relation: 'acquisition',
  label: 'Acquisitions',
  noun: 'acquisition',
  map: { edge: 'investment', what: 'acquisition', rank: 1 },
  policy: {},
  money: { cues: /\bacqui(?:re|red|res|ring|sition)\b|\bbought\b|\bbuy(?:s|ing)?\b|\bpurchase\w*/g },
  extract: extractAcquisition,
};
