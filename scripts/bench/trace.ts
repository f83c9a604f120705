/**
 * Long tasks from a Chromium trace: main-thread tasks over 50 ms in the page's renderer, and which of them ran
 * DealLens's content script: a script or function call from a chrome-extension:// URL inside the task, or a sample of
 * V8's CPU profiler (recorded in the same trace) whose stack holds DealLens's code. The samples are what catch work
 * that resumes from a promise (a message's answer, an await): such microtasks carry no URL in the trace's own events.
 * The PerformanceObserver 'longtask' API does not see work done by an extension's isolated world, so the bench reads
 * the trace instead.
 */
import type { CDPSession } from '@playwright/test';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      frame?: string;
      stackTrace?: { url?: string }[];
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    beginData?: { url?: string };
  };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

export async function startTrace(cdp: CDPSession) {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES } });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  let data = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    data += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(data) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface LongTask {
  ms: number;
  deallens: boolean;
  /** The longest thing done inside the task (EvaluateScript, RunMicrotasks, Layout...): what it was spent on. */
  what: string;
  /** Samples in the task whose stack holds DealLens's code, and the DealLens function seen most often on top of them. */
  deallensSamples: number;
  samples: number;
  topFunction?: string;
}

interface Sample {
  t: number;
  /** The innermost DealLens function on the stack, when there is one. */
  fn?: string;
}

const WRAPPERS = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'Receive mojo message',
]);

const isExtension = (url?: string) => !!url && url.startsWith('chrome-extension://');

/** Per thread ("pid:tid"), the times (trace clock, µs) of CPU samples whose stack holds code from the extension. */
function extensionSamples(events: TraceEvent[]): Map<string, Sample[]> {
  const profiles = new Map<
    string,
    {
      thread: string;
      t: number;
      ext: Map<number, string | null>;
      parent: Map<number, number>;
      url: Map<number, string | undefined>;
      fn: Map<number, string | undefined>;
    }
  >();
  for (const e of events) {
    if (e.name === 'Profile' && e.args?.data?.startTime !== undefined) {
      profiles.set(`${e.pid}:${e.id}`, {
        thread: `${e.pid}:${e.tid}`,
        t: e.args.data.startTime,
        ext: new Map(),
        parent: new Map(),
        url: new Map(),
        fn: new Map(),
      });
    }
  }
  const out = new Map<string, Sample[]>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    const data = e.args?.data;
    if (!p || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) {
      p.url.set(n.id, n.callFrame.url);
      p.fn.set(n.id, n.callFrame.functionName);
      if (n.parent !== undefined) p.parent.set(n.id, n.parent);
    }
    // The innermost DealLens function on a node's stack ('' for an anonymous one), or null when there is none.
    const extensionFrame = (id: number): string | null => {
      const known = p.ext.get(id);
      if (known !== undefined) return known;
      const parent = p.parent.get(id);
      const v = isExtension(p.url.get(id))
        ? (p.fn.get(id) ?? '')
        : parent !== undefined
          ? extensionFrame(parent)
          : null;
      p.ext.set(id, v);
      return v;
    };
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    const times = out.get(p.thread) ?? [];
    samples.forEach((id, i) => {
      p.t += deltas[i] ?? 0;
      const fn = extensionFrame(id);
      times.push(fn === null ? { t: p.t } : { t: p.t, fn: fn || '(anonymous)' });
    });
    out.set(p.thread, times);
  }
  return out;
}

/** Tasks over 50 ms on renderer main threads that loaded `host`, each marked with whether DealLens's code ran in it. */
export function longTasks(events: TraceEvent[], host: string): LongTask[] {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The renderer that shows the page: the one whose main thread parsed or ran something from that host.
  const pageThreads = new Set(
    events
      .filter(
        (e) =>
          mains.has(`${e.pid}:${e.tid}`) &&
          (e.args?.beginData?.url?.includes(host) ||
            e.args?.data?.url?.includes(host) ||
            e.args?.data?.frame !== undefined),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const all = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        pageThreads.has(`${e.pid}:${e.tid}`) &&
        (e.dur ?? 0) > 50_000,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // The scheduler nests one task event in another: keep the outermost.
  const tasks: TraceEvent[] = [];
  for (const t of all) {
    const last = tasks[tasks.length - 1];
    if (last && last.pid === t.pid && last.tid === t.tid && t.ts < last.ts + last.dur!) continue;
    tasks.push(t);
  }
  const samples = extensionSamples(events);
  return tasks.map((t) => {
    const end = t.ts + t.dur!;
    const inside = events.filter((e) => e !== t && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= end);
    const during = (samples.get(`${t.pid}:${t.tid}`) ?? []).filter((s) => s.t >= t.ts && s.t <= end);
    const ours = during.filter((s) => s.fn !== undefined);
    const deallens =
      ours.length > 0 ||
      inside.some((e) => isExtension(e.args?.data?.url) || isExtension(e.args?.data?.stackTrace?.[0]?.url));
    const longest = inside
      .filter((e) => e.ph === 'X' && !WRAPPERS.has(e.name))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
    const counts = new Map<string, number>();
    for (const s of ours) counts.set(s.fn!, (counts.get(s.fn!) ?? 0) + 1);
    const topFunction = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    return {
      ms: t.dur! / 1000,
      deallens,
      what: longest?.name ?? '?',
      deallensSamples: ours.length,
      samples: during.length,
      topFunction,
    };
  });
}
