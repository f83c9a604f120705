import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { DocumentContext, SentenceContext } from '../context';
import { phraseClaim } from '../parties';
import { findMentions, isCompany, isPublication, type Mention } from '../../entities/mentions';
import { entityName } from '../../entities/catalogue';

// The words before an outlet that make it the first to report: "first reported by", "as first reported in", "an
// exclusive report from", "in an exclusive report,".
const BEFORE =
  /\b(?:first report(?:ed)?(?: on)? (?:by|in)|(?:reported|revealed) exclusively by|exclusive (?:report|story)(?: (?:by|from|in)|,)|(?:news|story) was (?:first )?broken by)\s+(?:the\s+)?$/;
// The words after it: "first reported", ", which first reported", "was the first to report", "broke the news",
// "reported exclusively", "reported first".
const AFTER =
  /^(?:\s*,\s*which)?\s+(?:(?:had|has|originally)\s+)?(?:first (?:reported|revealed|disclosed)|(?:was|were|is) (?:the )?first to (?:report|break|reveal)|first to report|(?:first )?broke (?:the|this) (?:news|story)|reported (?:exclusively|first)|exclusively reported)\b/;
// The outlet's own voice: "we exclusively report", "as we first reported", "we were first to report".
const WE =
  /\bwe (?:(?:have|had) )?(?:(?:exclusively|first) report(?:ed)?|report(?:ed)? (?:exclusively|first)|were (?:the )?first to report|(?:first )?broke (?:the|this) (?:news|story))\b/g;

// An opening quotation mark not closed before the point.
const QUOTED = /["“][^"”]*$/;

/** "first reported by The Wall Street Journal", "Bloomberg broke the news", "we exclusively report". */
function extractFirstReport(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  const story = storyOf(ctx);
  if (!story) return out;
  for (const outlet of ctx.mentions) {
    if (!isPublication(outlet)) continue;
    const from = outlet.start - ctx.start;
    const to = outlet.end - ctx.start;
    const before = BEFORE.exec(ctx.lower.slice(Math.max(0, from - 50), from));
    const after = before ? null : AFTER.exec(ctx.lower.slice(to, to + 50));
    if (!before && !after) continue;
    const start = before ? outlet.start - before[0].length : outlet.start;
    const end = after ? outlet.end + after[0].length : outlet.end;
    out.push(phraseClaim(ctx, 'first-report', start, end, { subject: outlet.id, detail: story }));
  }
  WE.lastIndex = 0;
  for (let m = WE.exec(ctx.lower); m; m = WE.exec(ctx.lower)) {
    const start = ctx.start + m.index;
    const own = ownOutlet(ctx.doc, start);
    // "We" inside a quotation is whoever is quoted.
    if (!own || QUOTED.test(ctx.sentence.slice(0, m.index))) continue;
    out.push(phraseClaim(ctx, 'first-report', start, start + m[0].length, { subject: own, detail: story }));
  }
  return out;
}

/**
 * The story, named by the companies in it: those of the sentence, else those of the last sentence that named any
 * ("The talks, first reported by ..."). A claim on a story that names no one is not made.
 */
function storyOf(ctx: SentenceContext): string | undefined {
  if (!ctx.mentions.some(isPublication) && !ctx.lower.includes('we ')) return undefined;
  const own = ctx.mentions.filter(isCompany).map((m) => m.id);
  const parties = [...new Set(own.length ? own : ctx.previousCompanies)];
  return parties.length ? `${parties.map(entityName).join('–')} story` : undefined;
}

// The head of a document: its first lines, where a masthead names who publishes it.
const HEAD_LINES = 3;
const HEAD_CHARS = 300;
// "I'm Jane Roe for the Wall Street Journal", "reporting for Reuters": a byline.
const BYLINE = /\b(?:i['’]m|i am|this is|reporting)\s+(?:[\w.'’-]+\s+){0,3}?(?:for|with|from)\s+(?:the\s+)?$/i;

/** Where the head ends: after its first HEAD_LINES non-empty lines, and at most HEAD_CHARS in. */
function headLength(text: string): number {
  let end = 0;
  let lines = 0;
  while (lines < HEAD_LINES && end < text.length) {
    const next = text.indexOf('\n', end);
    const lineEnd = next < 0 ? text.length : next;
    if (text.slice(end, lineEnd).trim() !== '') lines++;
    end = lineEnd + 1;
  }
  return Math.min(end, HEAD_CHARS);
}

const selfNames = new WeakMap<DocumentContext, Mention[]>();
/** The outlets a document names as its own: in its head, or in a byline. */
function outletsNamedAsOwn(doc: DocumentContext): Mention[] {
  let own = selfNames.get(doc);
  if (!own) {
    const headEnd = headLength(doc.text);
    own = findMentions(doc.text, 0, Math.min(doc.text.length, 20_000)).filter(
      (m) => isPublication(m) && (m.end <= headEnd || BYLINE.test(doc.text.slice(Math.max(0, m.start - 50), m.start))),
    );
    selfNames.set(doc, own);
  }
  return own;
}

/** "We" of a document: the one outlet it names as its own before `pos`; none where it names two or more. */
function ownOutlet(doc: DocumentContext, pos: number): string | undefined {
  const ids = new Set(
    outletsNamedAsOwn(doc)
      .filter((m) => m.start < pos)
      .map((m) => m.id),
  );
  return ids.size === 1 ? [...ids][0] : undefined;
}

export const firstReport: RelationModule = {
  relation: 'first-report',
  label: 'Who first reported it',
  noun: 'first report',
  policy: { existence: true },
  extract: extractFirstReport,
};
