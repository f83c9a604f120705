import type { Relation } from '@/lib/claims/types';

/** How the side panel names a group of claims that no fact in the fact base covers. */
export const RELATION_LABELS: Record<Relation, string> = {
  investment: 'Investments',
  'round-size': 'Funding round size',
  'round-share': 'Shares of a round',
  valuation: 'Valuations',
  participants: 'Round participants',
  'anchor-investor': 'Largest investors',
  'talks-lead': 'Who leads the talks',
  'talks-stage': 'Stage of talks',
  layoffs: 'Layoffs',
  'share-price': 'Share prices',
  'stock-return': 'Share returns',
  'ipo-timing': 'IPO timing',
  founded: 'Founding years',
  launch: 'Launches',
  'partnership-start': 'Partnerships',
  'compute-agreement': 'Cloud and compute agreements',
  'model-access': 'Use of models',
  acquisition: 'Acquisitions',
  'market-share': 'Market share',
  'data-center': 'Data centers',
  chips: 'Chips',
  revenue: 'Revenue',
  attribution: 'People and titles',
};
