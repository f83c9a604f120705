import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { phraseClaim } from '../parties';

const ROLE =
  /\b(?:analyst|manager|researcher|engineer|customer|strategist|economist|director|partner|professor|consultant|investor|correspondent|reporter|editor|developer|adviser|advisor|fellow|trader|head of|vice president|principal)\b/;
// Chief executives' titles name who someone is; DealLens checks how quoted sources are described.
const EXECUTIVE = /\b(?:ceo|chief executive|chairman|chairwoman|chair|president|founder|co-founder|cfo|cto)\b/;

/** A description that names a role and is not a chief executive's title: what DealLens checks of quoted people. */
function isRole(desc: string): boolean {
  const lower = desc.toLowerCase();
  return ROLE.test(lower) && !EXECUTIVE.test(lower);
}

// After the name: ", a technology analyst at Horizon Insights", " of Horizon Capital", " (Horizon Insights)".
const APPOSITIVE =
  /^,\s+(?:(?:a|an|the)\s+)?([^,:;."“”()]{3,90}?)(?=\s*(?:[,:;.“"”(]|\s+said\b|\s+says\b|\s+wrote\b|\s+commented\b|$))/;
const ORG_AFTER = /^(?:\s+(?:of|at|from)\s+|\s*\(\s*)((?:[A-Z][\w&.'’-]*\s?){1,4})(?=\)|[\s,.;:]|$)/;
// Before the name: "technology analyst", "Horizon Insights analyst", "Former Amazon operations manager", "Clearwater Capital's".
const TITLE_BEFORE =
  /((?:(?:[A-Z][\w&.'’-]*|[a-z][\w-]*)\s+){0,4}?(?:analyst|manager|researcher|engineer|strategist|economist|director|professor|consultant|investor|correspondent|reporter|editor|developer|adviser|advisor|fellow|trader|principal))\s+$/i;
// ", who researches AI ethics", ", who used to manage operations at Amazon": a role said with its verb.
const WHO_DOES =
  /^,\s+who\s+(?:(used to|once|formerly|previously)\s+)?(research|manag|analy[sz]|advis|trad|edit|develop|consult|invest)(e|es|ed|s)?\s+([^,;.:"“”()]{2,60}?)(?=\s*[,;.:"“”(]|$)/i;
const DOER: Record<string, string> = {
  research: 'researcher',
  manag: 'manager',
  analys: 'analyst',
  analyz: 'analyst',
  advis: 'adviser',
  trad: 'trader',
  edit: 'editor',
  develop: 'developer',
  consult: 'consultant',
  invest: 'investor',
};

/**
 * The role a who-clause gives with a verb, as its noun: "who researches AI ethics" is an "AI ethics researcher", "who
 * used to manage operations at Amazon" (or "who once managed") a "former operations manager at Amazon".
 */
function roleFromVerb(rest: string): { text: string; detail: string } | undefined {
  const m = WHO_DOES.exec(rest);
  // "who developed the app", "who manages to stay calm": a past deed or a verb of another sense names no role.
  if (!m || /^to\s/i.test(m[4]!)) return undefined;
  if (m[3]?.toLowerCase() === 'ed' && m[1] === undefined) return undefined;
  const former = m[1] !== undefined;
  const [object, org] = m[4]!.split(/\s+(?:at|for|with|of)\s+/, 2);
  const noun = `${object!.replace(/^(?:an?|the)\s+/i, '')} ${DOER[m[2]!.toLowerCase()]!}`;
  const detail = `${former ? 'former ' : ''}${noun}${org ? ` at ${org}` : ''}`;
  return { text: m[0].replace(/^,\s+/, ''), detail };
}

const ORG_BEFORE = /((?:[A-Z][\w&.'’-]*\s){0,3}[A-Z][\w&.'’-]*)['’]s\s+$/;

/**
 * The title and employer given to a quoted person: "David Chen, a technology analyst at Horizon Insights", "Maya
 * Rodriguez, AI Ethics Researcher:", "Horizon Insights analyst David Chen", "David Chen of Horizon Capital",
 * "Clearwater Capital's Maya Rodriguez". `detail` holds the description as written.
 */
function extractAttribution(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  for (const p of ctx.mentions) {
    if (p.kind !== 'person') continue;
    const rest = ctx.sentence.slice(p.end - ctx.start);
    const before = ctx.sentence.slice(Math.max(0, p.start - ctx.start - 60), p.start - ctx.start);
    const appositive = APPOSITIVE.exec(rest);
    if (appositive && isRole(appositive[1]!)) {
      const desc = appositive[1]!.trim();
      const start = p.end + appositive[0].indexOf(appositive[1]!);
      out.push(phraseClaim(ctx, 'attribution', start, start + desc.length, { subject: p.id, detail: desc }));
      continue;
    }
    const verbRole = roleFromVerb(rest);
    if (verbRole) {
      const start = p.end + rest.indexOf(verbRole.text);
      out.push(
        phraseClaim(ctx, 'attribution', start, start + verbRole.text.length, {
          subject: p.id,
          detail: verbRole.detail,
        }),
      );
      continue;
    }
    const title = TITLE_BEFORE.exec(before);
    const org = ORG_AFTER.exec(rest);
    const ownerBefore = !title ? ORG_BEFORE.exec(before) : null;
    const parts = [
      title?.[1],
      org ? `at ${org[1]!.trim()}` : undefined,
      ownerBefore ? `at ${ownerBefore[1]}` : undefined,
    ].filter((x) => x);
    if (parts.length === 0) continue;
    const start = title ? p.start - title[0].length : ownerBefore ? p.start - ownerBefore[0].length : p.start;
    const end = org ? p.end + org[0].length - (org[0].endsWith(' ') ? 1 : 0) : p.end;
    out.push(phraseClaim(ctx, 'attribution', start, end, { subject: p.id, detail: parts.join(' ') }));
  }
  return out;
}

export const attribution: RelationModule = {
  relation: 'attribution',
  label: 'People and titles',
  noun: 'title and employer',
  policy: { described: true },
  extract: extractAttribution,
};
