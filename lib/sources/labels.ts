/** Names for facts and topics made from a reader's source, in the words the bundled base uses for its own. */
import type { Relation } from '../claims/types';
import type { Topic } from '../factbase/schema';
import { entityName } from '../entities/catalogue';
import { relationModule } from '../claims/relations/index';

/** "Anthropic's valuation", "Amazon's investment in OpenAI". */
export function factLabel(relation: Relation, subject: string, object?: string): string {
  const with_ = object ? ` (${entityName(object)})` : '';
  return `${entityName(subject)}'s ${relationModule(relation).noun}${with_}`;
}

/** The topic a reader's new fact about `subject` falls under when no other fact names its parties. */
export function topicFor(subject: string): Topic {
  return { id: `yours-${subject}`, label: `${entityName(subject)} (your sources)` };
}
