import type { Relation } from '../types';
import type { RelationModule, VerdictPolicy } from '../relation';
import { investment } from './investment';
import { roundSize } from './round-size';
import { roundShare } from './round-share';
import { valuation } from './valuation';
import { revenue } from './revenue';
import { acquisition } from './acquisition';
import { dataCenter } from './data-center';
import { computeAgreement } from './compute-agreement';
import { sharePrice } from './share-price';
import { stockReturn } from './stock-return';
import { layoffs } from './layoffs';
import { talksStage } from './talks-stage';
import { talksLead } from './talks-lead';
import { ipoTiming } from './ipo-timing';
import { founded } from './founded';
import { launch } from './launch';
import { partnershipStart } from './partnership-start';
import { modelAccess } from './model-access';
import { marketShare } from './market-share';
import { chips } from './chips';
import { attribution } from './attribution';
import { anchorInvestor } from './anchor-investor';
import { participants } from './participants';
import { firstReport } from './first-report';
import { largestAcquisition } from './largest-acquisition';

/**
 * Every relation's module, in the order their extractors run (a claim of one relation that covers the words of an
 * earlier one of the same relation is dropped). Adding a kind of claim: its module, a line here, its name in
 * RELATIONS (lib/claims/types.ts, the vocabulary stored notes and messages are checked against), its tests and the
 * fact base curation.
 */
export const RELATION_MODULES: readonly RelationModule[] = [
  investment,
  roundSize,
  roundShare,
  valuation,
  revenue,
  acquisition,
  dataCenter,
  computeAgreement,
  sharePrice,
  stockReturn,
  layoffs,
  talksStage,
  talksLead,
  ipoTiming,
  founded,
  launch,
  partnershipStart,
  modelAccess,
  marketShare,
  chips,
  attribution,
  anchorInvestor,
  participants,
  firstReport,
  largestAcquisition,
];

const BY_RELATION = new Map<Relation, RelationModule>(RELATION_MODULES.map((m) => [m.relation, m]));

export function relationModule(relation: Relation): RelationModule {
  return BY_RELATION.get(relation)!;
}

export function policyOf(relation: Relation): VerdictPolicy {
  return BY_RELATION.get(relation)?.policy ?? {};
}

/** Relations whose figures are money and name a fact of their own: a figure equal to one of them is that fact. */
export const MONEY_FACT_RELATIONS: readonly Relation[] = RELATION_MODULES.filter(
  (m) => m.money?.cues && !m.policy.existence && !m.policy.timeVarying,
).map((m) => m.relation);
