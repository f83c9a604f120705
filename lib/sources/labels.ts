/** Names for facts and topics made from a reader's source, in the words the bundled base uses for its own. */
import type { Relation } from '../claims/types';
import type { Topic } from '../factbase/schema';
import { entityName } from '../entities/catalogue';

const NOUNS: Record<Relation, string> = {
  investment: 'investment',
  'round-size': 'funding round size',
  'round-share': 'share of a round',
  valuation: 'valuation',
  participants: 'part in a funding round',
  'talks-lead': 'lead in the talks',
  'talks-stage': 'stage of talks',
  layoffs: 'job cuts',
  'share-price': 'share price',
  'stock-return': 'share return',
  'ipo-timing': 'IPO timing',
  founded: 'founding year',
  launch: 'launch year',
  'partnership-start': 'partnership start',
  'compute-agreement': 'compute agreement',
  'model-access': 'use of models',
  acquisition: 'acquisition',
  'market-share': 'market share',
  'data-center': 'data center',
  chips: 'chip maker',
  revenue: 'revenue',
  attribution: 'title and employer',
};

/** "Anthropic's valuation", "Amazon's investment in OpenAI". */
export function factLabel(relation: Relation, subject: string, object?: string): string {
  const with_ = object ? ` (${entityName(object)})` : '';
  return `${entityName(subject)}'s ${NOUNS[relation]}${with_}`;
}

/** The topic a reader's new fact about `subject` falls under when no other fact names its parties. */
export function topicFor(subject: string): Topic {
  return { id: `yours-${subject}`, label: `${entityName(subject)} (your sources)` };
}
