import type { Relation } from '@/lib/claims/types';
import { relationModule } from '@/lib/claims/relations/index';

/** How the side panel names a group of claims that no fact in the fact base covers: each relation's module says. */
export const relationLabel = (relation: Relation): string => relationModule(relation)?.label ?? relation;
