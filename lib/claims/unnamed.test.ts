import { describe, expect, it } from 'vitest';
import { namesAnyone } from './unnamed';
import { extractClaims } from './extract';

const names = namesAnyone;

describe('namesAnyone', () => {
  it('finds names it knows and capitalised words that may be names it does not know', () => {
    expect(names('Amazon is cutting jobs.')).toBe(true);
    expect(names('Shoppers at Target saw empty shelves.')).toBe(true);
    expect(names('Brightline Foods had a hard year.')).toBe(true);
    expect(names('The New Cuts Follow a Previous Reduction')).toBe(true);
    expect(names('The e-commerce giant is cutting jobs.')).toBe(true);
    expect(names('The retailer is cutting jobs. Later it was confirmed by Costco.')).toBe(true);
  });

  it('lets sentence openers, dates, abbreviations and outlets pass', () => {
    expect(names('The retailer is cutting jobs in October, Reuters reported.')).toBe(false);
    expect(names('Here is what we know so far about the U.S. AI boom on Wednesday.')).toBe(false);
  });
});

describe('claims in a text that names no one', () => {
  it('guesses "the retailer" only where nothing is named, and marks subjectless claims', () => {
    const [retailer] = extractClaims('The retailer is cutting 16,000 jobs.');
    expect(retailer).toMatchObject({ subject: 'amazon', inferred: true });
    for (const text of [
      'Walmart met staff. The retailer is cutting 16,000 jobs.',
      'The retailer is cutting 16,000 jobs. Walmart said so.',
    ]) {
      const [walmart] = extractClaims(text);
      expect(walmart?.subject).toBeUndefined();
      expect(walmart?.unnamedText).toBeUndefined();
    }
    const [company] = extractClaims('The company eliminated 14,000 roles in October 2025.');
    expect(company).toMatchObject({ unnamedText: true });
  });
});
