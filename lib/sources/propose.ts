/**
 * From an article to proposed facts, and from the facts the reader kept to a pack of one source. The same extractor
 * runs as on pages; the judge (against the index of every pack) says which fact a proposal would join: the same
 * event with the same figure joins its account, with another figure becomes another account of it (the point is
 * then disputed); a claim the fact base cannot judge becomes a fact of its own.
 */
import type { Claim } from '../claims/types';
import { extractClaims } from '../claims/extract';
import { judgeClaim } from '../verdicts/judge';
import { splitSentences } from '../text/sentences';
import { quoteFor, sameFigure, valueOf } from '../factbase/build';
import { formatFactValue } from '../evidence';
import { RELATIONS } from '../claims/types';
import type { FactIndex } from '../factbase/fact-index';
import type { Fact, FactBase, Source, Topic } from '../factbase/schema';
import { factLabel, topicFor } from './labels';
import type { Join, ProposedFact, SourceDraft } from './model';

/** The claim a proposal states, as the judge reads it: parties as the reader confirmed them. */
function claimOf(p: ProposedFact): Claim {
  return {
    start: p.start,
    end: p.end,
    text: p.claimText,
    relation: p.relation,
    subject: p.subject,
    ...(p.object ? { object: p.object, nearby: [p.subject, p.object] } : { nearby: [p.subject] }),
    ...(p.value ? { value: { ...p.value, start: p.start, end: p.end } } : {}),
    ...(p.detail ? { detail: p.detail } : {}),
    event: { ...(p.status ? { status: p.status } : {}), ...(p.date ? { date: p.date } : {}), words: [] },
  };
}

const accountText = (f: Fact) => f.versions.map((v) => (v.value ? formatFactValue(v.value) : (v.detail ?? 'yes')));

/** The fact of the index a proposal would join, if the judge places it on one with its relation and subject. */
export function joinFor(p: ProposedFact, index: FactIndex, documentDate?: string): Join | undefined {
  const a = judgeClaim(claimOf(p), { index, ...(documentDate ? { documentDate } : {}) });
  if (a.verdict === 'unknown' || a.facts.length !== 1) return undefined;
  const fact = index.byId(a.facts[0]!);
  if (!fact || fact.relation !== p.relation || fact.subject !== p.subject) return undefined;
  const agrees = fact.versions.some((v) =>
    p.value && v.value
      ? sameFigure(v.value, p.value)
      : !p.value && !v.value && (v.detail ?? '').toLowerCase() === (p.detail ?? '').toLowerCase(),
  );
  return { id: fact.id, label: fact.label, effect: agrees ? 'agrees' : 'differs', accounts: accountText(fact) };
}

const sameProposal = (a: ProposedFact, b: ProposedFact) =>
  a.relation === b.relation &&
  a.subject === b.subject &&
  a.object === b.object &&
  (a.value && b.value ? sameFigure(a.value, b.value) : !a.value && !b.value && (a.detail ?? '') === (b.detail ?? ''));

/** The article's claims as proposed facts, each once (a figure the article repeats is proposed at its first mention). */
export function proposeFacts(text: string, documentDate: string | undefined, index: FactIndex): ProposedFact[] {
  const sentences = splitSentences(text);
  const out: ProposedFact[] = [];
  for (const claim of extractClaims(text, documentDate ? { documentDate } : {})) {
    if (!claim.subject) continue;
    // A list of participants attests each of them, as in the build of the bundled base.
    const parties = claim.relation === 'participants' ? [claim.subject, ...(claim.others ?? [])] : [claim.subject];
    for (const subject of parties) {
      const q = quoteFor(text, claim, sentences);
      const value = valueOf(claim);
      // A date the article states for the event; the article's own date is not the event's.
      const date =
        claim.event.date && !(documentDate ?? '').startsWith(claim.event.date) ? claim.event.date : undefined;
      const p: ProposedFact = {
        key: out.length,
        relation: claim.relation,
        subject,
        ...(claim.object && claim.object !== subject ? { object: claim.object } : {}),
        ...(value ? { value } : {}),
        ...(claim.detail ? { detail: claim.detail.slice(0, 200) } : {}),
        ...(claim.event.status ? { status: claim.event.status } : {}),
        ...(date && /^\d{4}(-\d{2})?$/.test(date) ? { date } : {}),
        claimText: claim.text.slice(0, 2000),
        quote: text.slice(q.start, q.end).slice(0, 2000),
        start: q.start,
        end: Math.min(q.end, q.start + 2000),
      };
      if (out.some((o) => sameProposal(o, p))) continue;
      const join = joinFor(p, index, documentDate);
      out.push(join ? { ...p, join } : p);
    }
  }
  return out;
}

/** Another pack's fact with the same parties: its topic groups a new fact with them in the side panel. */
function topicOfParties(p: ProposedFact, index: FactIndex): string | undefined {
  for (const relation of RELATIONS) {
    const f = index.byRelationSubject(relation, p.subject).find((x) => x.object === p.object);
    if (f) return f.topic;
  }
  return undefined;
}

/**
 * The pack of one saved source: its metadata and text, and a fact per kept proposal (a joined fact's id where it
 * joins one). Quotes are cut from the stored text at the stored offsets, so they are verbatim by construction.
 */
export function sourcePack(id: string, draft: SourceDraft, addedAt: number | undefined, index: FactIndex): FactBase {
  const { meta, text } = draft;
  const source: Source = {
    id,
    file: meta.url || id,
    title: meta.title,
    outlet: meta.outlet || null,
    author: null,
    date: meta.date ?? null,
    ...(meta.url ? { url: meta.url } : {}),
    ...(addedAt !== undefined ? { addedAt } : {}),
    text,
  };
  const facts: Fact[] = [];
  const topics = new Map<string, Topic>();
  const notBefore = meta.date?.slice(0, 7);
  for (const p of draft.facts) {
    if (text.slice(p.start, p.end) !== p.quote)
      throw new Error(`DealLens: the quote of a proposed fact is not in the article ("${p.quote.slice(0, 60)}")`);
    const version = {
      ...(p.value ? { value: p.value } : {}),
      ...(p.detail ? { detail: p.detail } : {}),
      sources: [{ sourceId: id, quote: p.quote, start: p.start, end: p.end }],
    };
    const join = joinFor(p, index, meta.date);
    const target = join ? index.byId(join.id) : undefined;
    const existing = facts.find((f) => f.id === (target?.id ?? ''));
    if (target) {
      const { versions: _v, ...shell } = target;
      if (existing) existing.versions.push(version);
      else facts.push({ ...shell, versions: [version] });
      continue;
    }
    let topic = topicOfParties(p, index);
    if (!topic) {
      const t = topicFor(p.subject);
      topics.set(t.id, t);
      topic = t.id;
    }
    facts.push({
      id: `${id}-${facts.length + 1}`,
      relation: p.relation,
      subject: p.subject,
      ...(p.object ? { object: p.object } : {}),
      topic,
      label: factLabel(p.relation, p.subject, p.object),
      event: {
        ...(p.status ? { status: p.status } : {}),
        ...(p.date ? { date: p.date.slice(0, 7) } : {}),
        // Claims in articles older than the source cannot be about what it reports.
        ...(notBefore && !p.date ? { notBefore } : {}),
      },
      versions: [version],
    });
  }
  return { version: 1, sources: [source], topics: [...topics.values()], facts };
}
