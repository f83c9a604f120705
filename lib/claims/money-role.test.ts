import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CUES, sentenceCues, type Cue } from './money-role';
import { JOBS_BEFORE, mayNameJobs } from './relations/layoffs';

const words = [
  'in',
  'new',
  'of',
  'funding',
  'financing',
  'round',
  'valuation',
  'minority',
  'strategic',
  'direct',
  'investment',
  'stake',
  'bet',
  'check',
  'commitment',
  'infusion',
  'cloud',
  'compute',
  'computing',
  'rounds',
  'x',
  ',',
  'the',
  'jobs',
  'job cuts',
  'roles',
  'positions',
  'layoffs',
  'job losses',
  '.',
  ';',
  'employees',
];
const phrase = fc
  .tuple(fc.array(fc.constantFrom(...words), { maxLength: 6 }), fc.constantFrom(' ', '  ', '\t', '', '\u00a0'))
  .map(([parts, glue]) => glue + parts.join(glue || ' '));

describe('the pre-checks before the jobs test', () => {
  it('never skip a jobs noun before a figure', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        if (JOBS_BEFORE.test(text)) expect(mayNameJobs(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('skip sentences with no jobs noun', () => {
    expect(mayNameJobs('the company said it would')).toBe(false);
  });
});

describe('the one scan for cue words', () => {
  it('finds what the regex of each role finds on its own', () => {
    const words = [
      'value',
      'valued',
      'valuation',
      'worth',
      'post-money',
      'mark',
      'funding round',
      'financing round',
      'round',
      'fundraising',
      'fund-raise',
      'raise',
      'raised',
      'new funding',
      'in funding',
      'funding',
      'capital raise',
      'invest',
      'investments',
      'stake',
      'put',
      'putting',
      'bet',
      'check',
      'commitment',
      'contributed',
      'poured',
      'infusion',
      'backing',
      'revenue',
      'run-rates',
      'arr',
      'sales',
      'data center',
      'data-centre',
      'acquire',
      'acquisition',
      'bought',
      'buying',
      'purchases',
      'cloud services deal',
      'cloud computing contract',
      'cloud services',
      'compute capacity',
      'computing power',
      'cloud',
      'compute',
      'in',
      'new',
      'x',
      '-',
      ',',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 12 }),
        fc.constantFrom(' ', '', '-'),
        (parts, glue) => {
          const lower = parts.join(glue);
          const separate: Cue[] = [];
          for (const [role, re] of CUES)
            for (const m of lower.matchAll(re)) separate.push({ role, start: m.index, end: m.index + m[0].length });
          separate.sort((a, b) => a.start - b.start);
          expect(sentenceCues(lower)).toEqual(separate);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
