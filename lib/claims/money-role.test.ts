import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NOUN_AFTER, NOUN_AFTER_LATE, firstLetterAfter } from './money-role';
import { JOBS_BEFORE, mayNameJobs } from './relations/layoffs';

const words = ['in', 'new', 'of', 'funding', 'financing', 'round', 'valuation', 'minority', 'strategic', 'direct', 'investment',
  'stake', 'bet', 'check', 'commitment', 'infusion', 'cloud', 'compute', 'computing', 'rounds', 'x', ',', 'the', 'jobs', 'job cuts',
  'roles', 'positions', 'layoffs', 'job losses', '.', ';', 'employees'];
const phrase = fc.tuple(fc.array(fc.constantFrom(...words), { maxLength: 6 }), fc.constantFrom(' ', '  ', '\t', '', '\u00a0'))
  .map(([parts, glue]) => glue + parts.join(glue || ' '));

describe('the pre-checks before the noun tests', () => {
  it('never skip a noun phrase that one of the tests reads after a figure', () => {
    fc.assert(fc.property(phrase, (text) => {
      const after = text.slice(0, 16);
      for (const [letters, re] of [...NOUN_AFTER, ...NOUN_AFTER_LATE]) {
        if (re.test(after)) expect(letters).toContain(firstLetterAfter(text, 0));
      }
    }), { numRuns: 5000 });
  });

  it('never skip a jobs noun before a figure', () => {
    fc.assert(fc.property(phrase, (text) => {
      if (JOBS_BEFORE.test(text)) expect(mayNameJobs(text)).toBe(true);
    }), { numRuns: 5000 });
  });

  it('skip figures followed by other words', () => {
    expect(firstLetterAfter('  led by', 0)).toBe('l');
    expect(firstLetterAfter('   ', 0)).toBeUndefined();
    expect(mayNameJobs('the company said it would')).toBe(false);
  });
});
