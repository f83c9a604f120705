import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const firstReports = (text: string) =>
  extractClaims(text, { documentDate: '2026-02-03' })
    .filter((c) => c.relation === 'first-report')
    .map((c) => ({ text: c.text, subject: c.subject, detail: c.detail }));

describe('first-report claims', () => {
  it('name the outlet, and the story by the companies in it', () => {
    expect(firstReports('Amazon may invest in OpenAI, Bloomberg first reported.')).toEqual([
      { text: 'Bloomberg first reported', subject: 'bloomberg', detail: 'Amazon–OpenAI story' },
    ]);
  });

  it('take the story from the last sentence that names a company when their own names none', () => {
    expect(firstReports('SoftBank weighs a stake in Nvidia. The news was first reported by the FT.')).toEqual([
      { text: 'first reported by the FT', subject: 'financial-times', detail: 'SoftBank–Nvidia story' },
    ]);
  });

  it('are not made for a report that is not said to be the first, nor for a story that names no company', () => {
    expect(firstReports('Amazon may invest in OpenAI, Reuters reported.')).toEqual([]);
    expect(firstReports('The news was first reported by Reuters.')).toEqual([]);
  });

  it('give "we" the one outlet the document names in its head or a byline', () => {
    const head = 'Tech Briefing\nReuters\n\nAmazon may invest in OpenAI, we first reported on Monday.';
    expect(firstReports(head).map((c) => c.subject)).toEqual(['reuters']);
    const byline = 'Morning notes. I am Jo Park for Axios. We exclusively report that Meta eyes a stake in xAI.';
    expect(firstReports(byline).map((c) => c.subject)).toEqual(['axios']);
  });

  it('give "we" no outlet where the head names two, none, or a quotation speaks', () => {
    expect(firstReports('CNBC and Reuters\n\nWe first reported that Amazon may invest in OpenAI.')).toEqual([]);
    expect(firstReports('Amazon may invest in OpenAI, we first reported.')).toEqual([]);
    expect(firstReports('WSJ\n\n"We first reported that Amazon may invest in OpenAI," a rival editor said.')).toEqual(
      [],
    );
  });

  it('leave outlets out of every other relation: an outlet is no party to money', () => {
    const claims = extractClaims('Reuters is in talks to invest $5 billion in OpenAI, CNBC first reported.');
    expect(claims.filter((c) => c.relation !== 'first-report').map((c) => c.subject)).not.toContain('reuters');
  });
});
