/**
 * The deal map's model: companies as nodes, investments and agreements as edges, built from the fact base and the
 * page's claims. Pure data; the layout and the SVG come after.
 */
import type { Fact, FactBase } from '../factbase/schema';
import { RELATION_MODULES } from '../claims/relations/index';
import type { Relation } from '../claims/types';
import type { ClaimReport } from '../messages';
import type { Verdict } from '../verdicts/types';
import { type ClaimMark, type FactSummary, markClaim, sourceIndex, summarizeFact, worstVerdict } from './facts';
import { formatValue, plural } from './format';

type EdgeKind = 'investment' | 'agreement';

/** Relations drawn as edges between two companies, by kind; the order is the order a label prefers. */
// How each relation is drawn on the map comes from its module (lib/claims/relations/).
const MAPPED = RELATION_MODULES.filter((m) => m.map).sort((a, b) => a.map!.rank - b.map!.rank);
const EDGE_RELATIONS: Partial<Record<Relation, EdgeKind>> = Object.fromEntries(
  MAPPED.map((m) => [m.relation, m.map!.edge]),
);
const LABEL_PRIORITY = Object.keys(EDGE_RELATIONS) as Relation[];

const STATUS_TEXT = { prospective: 'in talks', completed: 'done' } as const;

export interface MapNode {
  id: string;
  name: string;
  degree: number;
  /** The page names this company in a claim. */
  onPage: boolean;
}

interface Conflict {
  claimIndex: number;
  factId: string;
  /** "$10B — this article" */
  article: string;
  /** "up to $50B — 5 sources" */
  factBase: string;
}

/** One kind of tie along an edge: Amazon's stake in Anthropic, and its data center for it, are two parts. */
export interface EdgePart {
  kind: EdgeKind;
  /** The headline figure ("up to $50B"), or "" where no figure is known. */
  amount: string;
  /** What the tie is: "stake", "data center", "compute deal", "partners since"... */
  what: string;
  /** "in talks" / "done" / "" where the sources do not say. */
  status: string;
  /** Sources behind the headline fact. */
  sourceCount: number;
}

export interface MapEdge {
  id: string;
  from: string;
  to: string;
  /** 'investment' when any part is one: the stronger tie names the edge. */
  kind: EdgeKind;
  facts: FactSummary[];
  parts: EdgePart[];
  /** The first part's figure, status and sources, for the edge as a whole. */
  amount: string;
  status: string;
  sourceCount: number;
  claims: ClaimMark[];
  conflicts: Conflict[];
  /** The most serious verdict among the page's claims on this edge. */
  verdict?: Verdict;
  /** Only the page reports this tie; the fact base holds nothing on it. */
  pageOnly: boolean;
}

export interface DealGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface GraphOptions {
  /** Entity id -> display name (lib/entities' entityName in the extension). */
  nameOf?: (id: string) => string;
  /** Whether an id names a company or fund (not a person or product): only those get page-only edges. */
  isCompany?: (id: string) => boolean;
}

export function defaultName(id: string): string {
  return id
    .split('-')
    .map((w) => (w.length <= 3 && w !== 'the' ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
}

function edgeKindOf(relation: Relation): EdgeKind | undefined {
  return EDGE_RELATIONS[relation];
}

function isEdgeFact(f: Fact): f is Fact & { object: string } {
  return f.object !== undefined && f.object !== f.subject && edgeKindOf(f.relation) !== undefined;
}

const WHAT: Partial<Record<Relation, string>> = Object.fromEntries(MAPPED.map((m) => [m.relation, m.map!.what]));

function part(facts: FactSummary[], kind: EdgeKind): EdgePart {
  const byPriority = [...facts].sort((a, b) => LABEL_PRIORITY.indexOf(a.relation) - LABEL_PRIORITY.indexOf(b.relation));
  const main =
    byPriority.find((f) => f.versions[0]?.value?.kind === 'money') ??
    byPriority.find((f) => f.versions[0]?.value) ??
    byPriority[0]!;
  const top = main.versions[0];
  // The status is the named fact's own: "compute deal" must not take "in talks" from the model access beside it.
  const statusOf = main.status;
  return {
    kind,
    amount: top?.value ? formatValue(top.value) : '',
    what: WHAT[main.relation] ?? kind,
    status: statusOf ? STATUS_TEXT[statusOf] : '',
    sourceCount: main.sourceCount,
  };
}

/** "about $8B stake", "partners since 2019", "joining round". */
export function partText(p: Pick<EdgePart, 'amount' | 'what'>): string {
  if (!p.amount) return p.what;
  return p.what.endsWith(' since') ? `${p.what} ${p.amount}` : `${p.amount} ${p.what}`;
}

function finish(edge: MapEdge): void {
  const kinds: EdgeKind[] = ['investment', 'agreement'];
  edge.parts = kinds
    .filter((k) => edge.facts.some((f) => edgeKindOf(f.relation) === k))
    .map((k) =>
      part(
        edge.facts.filter((f) => edgeKindOf(f.relation) === k),
        k,
      ),
    );
  const first = edge.parts[0]!;
  Object.assign(edge, { kind: first.kind, amount: first.amount, status: first.status, sourceCount: first.sourceCount });
}

export function buildDealGraph(fb: FactBase, claims: ClaimReport[], opts: GraphOptions = {}): DealGraph {
  const nameOf = opts.nameOf ?? defaultName;
  const isCompany = opts.isCompany ?? (() => true);
  const sources = sourceIndex(fb);
  const edges = new Map<string, MapEdge>();
  const factEdge = new Map<string, MapEdge>();

  for (const fact of fb.facts) {
    if (!isEdgeFact(fact)) continue;
    // One edge per direction between two companies; its parts tell the kinds of tie apart.
    const id = `${fact.subject}>${fact.object}`;
    let edge = edges.get(id);
    if (!edge) {
      edge = {
        id,
        from: fact.subject,
        to: fact.object,
        kind: 'investment',
        facts: [],
        parts: [],
        amount: '',
        status: '',
        sourceCount: 0,
        claims: [],
        conflicts: [],
        pageOnly: false,
      };
      edges.set(id, edge);
    }
    edge.facts.push(summarizeFact(fact, sources));
    factEdge.set(fact.id, edge);
  }
  for (const edge of edges.values()) finish(edge);

  for (const report of claims) {
    const mark = markClaim(report);
    const touched = new Set<MapEdge>();
    for (const factId of report.facts) {
      const edge = factEdge.get(factId);
      if (!edge) continue;
      touched.add(edge);
      if (report.verdict === 'contradicted') {
        const fact = edge.facts.find((f) => f.id === factId)!;
        const article = `${mark.valueText} — this article`;
        // An article that repeats its figure (headline, key points, body) conflicts once, not once per repetition.
        if (!edge.conflicts.some((c) => c.factId === factId && c.article === article)) {
          edge.conflicts.push({ claimIndex: report.index, factId, article, factBase: fact.text });
        }
      }
    }
    // A deal the page reports between two companies that the fact base knows nothing about: drawn dashed, so the
    // reader sees the article goes beyond the sources rather than losing the claim.
    const kind = edgeKindOf(report.relation);
    const companies =
      !!report.subject &&
      !!report.object &&
      report.subject !== report.object &&
      isCompany(report.subject) &&
      isCompany(report.object);
    if (touched.size === 0 && report.facts.length === 0 && kind && companies) {
      const id = `page:${report.subject!}>${report.object!}`;
      let edge = edges.get(id);
      if (!edge) {
        const only: EdgePart = {
          kind,
          amount: mark.value ? formatValue(mark.value) : '',
          what: WHAT[report.relation] ?? kind,
          status: 'this article only',
          sourceCount: 0,
        };
        edge = {
          id,
          from: report.subject!,
          to: report.object!,
          kind,
          facts: [],
          parts: [only],
          amount: only.amount,
          status: only.status,
          sourceCount: 0,
          claims: [],
          conflicts: [],
          pageOnly: true,
        };
        edges.set(id, edge);
      }
      touched.add(edge);
    }
    for (const edge of touched) edge.claims.push(mark);
  }

  const onPage = new Set(claims.flatMap((c) => [c.subject, c.object].filter((x): x is string => !!x)));
  const degree = new Map<string, number>();
  for (const e of edges.values()) for (const n of [e.from, e.to]) degree.set(n, (degree.get(n) ?? 0) + 1);

  const nodes: MapNode[] = [...degree.keys()]
    .map((id) => ({ id, name: nameOf(id), degree: degree.get(id) ?? 0, onPage: onPage.has(id) }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));

  const edgeList = [...edges.values()];
  for (const e of edgeList) e.verdict = worstVerdict(e.claims.map((c) => c.verdict));
  return { nodes, edges: edgeList };
}

/** "Amazon to OpenAI: up to $50B stake, in talks, 5 sources. This page: 1 claim, Contradicted. ..." — for screen readers. */
export function describeEdge(
  edge: MapEdge,
  nameOf: (id: string) => string,
  verdictLabel: (v: Verdict) => string,
): string {
  const parts = edge.parts.map((p) =>
    [partText(p), p.status, edge.pageOnly ? '' : plural(p.sourceCount, 'source')].filter(Boolean).join(', '),
  );
  let text = `${nameOf(edge.from)} to ${nameOf(edge.to)}: ${parts.join('; ')}.`;
  if (edge.verdict) text += ` This page: ${plural(edge.claims.length, 'claim')}, ${verdictLabel(edge.verdict)}.`;
  for (const c of edge.conflicts) text += ` ${c.article} against ${c.factBase}.`;
  return text;
}
