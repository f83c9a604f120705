import { describe, expect, it } from 'vitest';
import { runSliced, runSync, type Steps } from './pace';

function busy(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    /* a unit of work that takes `ms` */
  }
}

function* work(units: number, ms: number, log: string[]): Steps<number> {
  try {
    for (let i = 0; i < units; i++) {
      busy(ms);
      log.push(`unit ${i}`);
      yield;
    }
    return units;
  } finally {
    log.push('done');
  }
}

describe('runSliced', () => {
  it('gives the thread back between slices, so other tasks run in the middle of the work', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('other task'), 0);
    const result = await runSliced(work(6, 4, log), () => false, 10);
    expect(result).toBe(6);
    const other = log.indexOf('other task');
    expect(other).toBeGreaterThan(0);
    expect(other).toBeLessThan(log.indexOf('unit 5'));
  });

  it('stops when cancelled at a pause, and lets the steps clean up', async () => {
    const log: string[] = [];
    const result = await runSliced(work(10, 6, log), () => true, 5);
    expect(result).toBeUndefined();
    expect(log.filter((l) => l.startsWith('unit')).length).toBeLessThan(10);
    expect(log[log.length - 1]).toBe('done');
  });

  it('runSync runs the same steps in one go', () => {
    const log: string[] = [];
    expect(runSync(work(3, 0, log))).toBe(3);
    expect(log).toEqual(['unit 0', 'unit 1', 'unit 2', 'done']);
  });
});
