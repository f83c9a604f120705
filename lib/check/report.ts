import type { Annotation } from '../verdicts/types';
import { VERDICT_LABELS } from '../verdicts/types';

/** One file's result, as `check --json` prints it. */
export interface FileReport {
  file: string;
  claims: {
    start: number;
    end: number;
    text: string;
    relation: string;
    verdict: string;
    facts: string[];
    why: string;
  }[];
}

export function toFileReport(file: string, annotations: Annotation[]): FileReport {
  return {
    file,
    claims: annotations.map(({ claim, verdict, facts, why }) => ({
      start: claim.start,
      end: claim.end,
      text: claim.text,
      relation: claim.relation,
      verdict,
      facts,
      why,
    })),
  };
}

/** The readable report: per file, counts per verdict and one line per claim. */
export function formatReport(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const counts = new Map<string, number>();
    for (const c of r.claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
    const summary = (Object.keys(VERDICT_LABELS) as (keyof typeof VERDICT_LABELS)[])
      .filter((v) => counts.get(v))
      .map((v) => `${counts.get(v)} ${VERDICT_LABELS[v].toLowerCase()}`)
      .join(', ');
    lines.push(
      `${r.file}: ${r.claims.length} claim${r.claims.length === 1 ? '' : 's'}${summary ? ` (${summary})` : ''}`,
    );
    for (const c of r.claims) {
      const label = VERDICT_LABELS[c.verdict as keyof typeof VERDICT_LABELS] ?? c.verdict;
      lines.push(`  ${label.padEnd(16)} ${c.start}-${c.end} ${c.relation}: “${c.text}”`);
      lines.push(`  ${''.padEnd(16)} ${c.why}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
