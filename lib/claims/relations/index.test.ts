import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../types';
import { RELATION_MODULES, relationModule } from './index';

describe('the relation modules', () => {
  it('are one per relation of the vocabulary, none twice', () => {
    expect(RELATION_MODULES.map((m) => m.relation).sort()).toEqual([...RELATIONS].sort());
  });

  it('each name the relation they are looked up by, with a label', () => {
    for (const r of RELATIONS) {
      expect(relationModule(r).relation).toBe(r);
      expect(relationModule(r).label.length).toBeGreaterThan(0);
    }
  });

  it('give the map a distinct rank per drawn relation', () => {
    const ranks = RELATION_MODULES.filter((m) => m.map).map((m) => m.map!.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});
