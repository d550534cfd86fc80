/**
 * `npx tsx scripts/bench/traceLargeImport.ts <kind> [rows]`: a Performance trace (the categories of
 * DevTools' Performance panel: devtools.timeline, v8, blink) of the page's main thread, 4× CPU, from
 * choosing the large CSV in Add data until the page is idle again. For each main-thread task over
 * TRACE_OVER ms (default 100), what it spent its time on by trace event (self time): style
 * recalculation, layout, paint, a function call (with its script), a message's deserialisation, GC…
 * A CPU profile alone shows native work as "(program)"; the trace names it. Run it under the lock
 * (`flock /tmp/epsos-e2e.lock …`). Writes the raw trace to /tmp/large-import-<kind>.trace.json.
 */
import { writeFileSync } from 'node:fs';
import { withLargeImportPage } from './largeImportProbe';
import { chooseLargeFile, importDrawn } from './largeImportSection';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const OVER_MS = Number(process.env.TRACE_OVER ?? 100);
await withLargeImportPage(async ({ kind, rows, csv, browser, bench }) => {
  await browser.startTracing(bench.page, {
    categories: [
      'toplevel',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'v8.execute',
      'blink',
      'blink.user_timing',
      'disabled-by-default-devtools.timeline.frame',
    ],
  });
  await chooseLargeFile(bench.page, csv);
  await importDrawn(bench.page, rows);
  const buffer = await browser.stopTracing();
  writeFileSync(`/tmp/large-import-${kind}.trace.json`, buffer);
  const nodes = await bench.page.evaluate(() => ({
    page: document.querySelectorAll('*').length,
    chart: document.querySelectorAll('figure *').length,
  }));
  console.log(`elements: ${nodes.page} in the page, ${nodes.chart} in the chart`);
  report(JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] });
});

function report({ traceEvents }: { traceEvents: TraceEvent[] }) {
  // The page's main thread: the renderer's CrRendererMain with the most complete events.
  const mains = traceEvents.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const key = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;
  const counts = new Map<string, number>();
  for (const e of traceEvents) if (e.ph === 'X') counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
  const main = mains.map(key).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
  const events = traceEvents
    .filter((e) => key(e) === main && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  // Top-level tasks only (a RunTask nested in another is a nested loop's).
  const top: TraceEvent[] = [];
  for (const t of tasks) {
    const last = top.at(-1);
    if (last && t.ts < last.ts + (last.dur ?? 0)) continue;
    top.push(t);
  }
  const long = top.filter((t) => (t.dur ?? 0) / 1000 > 50);
  console.log(`tasks ≥ 50 ms: ${long.map((t) => Math.round((t.dur ?? 0) / 1000)).join(', ')}`);
  for (const t of long.filter((x) => (x.dur ?? 0) / 1000 > OVER_MS)) {
    const end = t.ts + (t.dur ?? 0);
    const inside = events.filter((e) => e !== t && e.ts >= t.ts && e.ts < end);
    // Self time per event name (+ the script of a FunctionCall / EvaluateScript), by nesting.
    const self = new Map<string, number>();
    const stack: { e: TraceEvent; child: number }[] = [];
    const label = (e: TraceEvent) => {
      const data = (e.args?.data ?? {}) as Record<string, unknown>;
      const fn = data.functionName ? ` ${String(data.functionName)}` : '';
      const at = data.url ? ` ${String(data.url).split('/').pop()}:${String(data.lineNumber ?? '')}` : '';
      const type = data.type ? ` ${String(data.type)}` : '';
      return `${e.name}${type}${fn}${at}`;
    };
    const close = (until: number) => {
      while (stack.length > 0) {
        const top = stack.at(-1);
        if (!top || top.e.ts + (top.e.dur ?? 0) > until) break;
        stack.pop();
        const name = label(top.e);
        self.set(name, (self.get(name) ?? 0) + (top.e.dur ?? 0) - top.child);
        const parent = stack.at(-1);
        if (parent) parent.child += top.e.dur ?? 0;
      }
    };
    for (const e of inside) {
      close(e.ts);
      stack.push({ e, child: 0 });
    }
    close(Number.POSITIVE_INFINITY);
    const covered = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(
      `\n== task at ${((t.ts - (long[0]?.ts ?? 0)) / 1000).toFixed(0)} ms: ${((t.dur ?? 0) / 1000).toFixed(0)} ms (${((t.dur ?? 0) / 1000 - covered / 1000).toFixed(0)} ms in no event)`,
    );
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18))
      console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}`);
  }
}
