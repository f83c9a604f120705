/** `npx tsx tests/behaviour/report.ts [family...]`: runs the behavioural suites and prints the failures by family. */
import { formatByFamily, KINDS, loadCases, runCases, summarise } from './suite';

const only = new Set(process.argv.slice(2));
const cases = loadCases().filter((c) => only.size === 0 || only.has(c.family));
const outcomes = runCases(cases);
const { counts, failures } = summarise(outcomes);
console.log(formatByFamily(failures));
// An invariance break proper: the line passes as written and fails once transformed.
const basePasses = new Set(outcomes.filter((o) => o.variant === 'base' && o.pass).map((o) => o.case));
const breaks = failures.filter((o) => o.kind === 'inv' && basePasses.has(o.case));
console.log(`invariance breaks (base passes, variant fails): ${breaks.length}`);
console.log(KINDS.map((k) => `${k} ${counts[k].pass}/${counts[k].total}`).join('  '));
