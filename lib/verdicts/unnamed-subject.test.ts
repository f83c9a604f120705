import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';

const verdictOf = (text: string, documentDate = '2026-01-29') => {
  const [a] = analyze(text, { documentDate });
  return a && { subject: a.claim.subject, verdict: a.verdict };
};

describe('guessUnnamedSubject', () => {
  it('takes the one company whose fact the figure and date match, as a guess', () => {
    expect(verdictOf('The company eliminated 14,000 roles in October 2025.')).toEqual({
      subject: 'amazon',
      verdict: 'supported',
    });
  });

  it('guesses nothing when no fact matches, so nothing is contradicted', () => {
    expect(verdictOf('The company eliminated 9,000 roles in October 2025.')).toBeUndefined();
    expect(verdictOf('The company eliminated 14,000 roles in March 2024.', '2024-04-02')).toBeUndefined();
  });
});
