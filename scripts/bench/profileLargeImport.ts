/**
 * `npx tsx scripts/bench/profileLargeImport.ts <kind> [rows]`: a CPU profile of the main thread (CDP
 * Profiler, 4× CPU) from choosing the large CSV in Add data until the page is idle again, cut into
 * runs of busy samples (≈ tasks); for each run over 200 ms, the functions that took its time
 * (inclusive and self; PROFILE_OVER=ms reports shorter ones too). For finding what the large-import bench's long tasks are; run it under the
 * lock (`flock /tmp/epsos-e2e.lock …`). Writes the raw profile to /tmp/large-import-<kind>.cpuprofile.
 */
import { writeFileSync } from 'node:fs';
import { withLargeImportPage } from './largeImportProbe';
import { chooseLargeFile, importDrawn } from './largeImportSection';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The tasks reported function by function: those over this many ms (PROFILE_OVER, default 150). */
const OVER_MS = Number(process.env.PROFILE_OVER ?? 150);
await withLargeImportPage(async ({ kind, rows, csv, bench }) => {
  await bench.page.evaluate(() => {
    const w = window as unknown as { __frames: unknown[] };
    w.__frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        startTime: number;
        duration: number;
        blockingDuration: number;
        renderStart: number;
        styleAndLayoutStart: number;
        scripts: { invoker: string; sourceFunctionName: string; sourceURL: string; duration: number }[];
      }[])
        w.__frames.push({
          start: Math.round(e.startTime),
          duration: Math.round(e.duration),
          blocking: Math.round(e.blockingDuration),
          render: e.renderStart ? Math.round(e.startTime + e.duration - e.renderStart) : 0,
          styleLayout: e.styleAndLayoutStart
            ? Math.round(e.startTime + e.duration - e.styleAndLayoutStart)
            : 0,
          scripts: e.scripts.map(
            (x) =>
              `${Math.round(x.duration)} ms ${x.invoker} ${x.sourceFunctionName} ${x.sourceURL.split('/').pop()}`,
          ),
        });
    }).observe({ type: 'long-animation-frame' });
  });
  const cdp = await bench.context.newCDPSession(bench.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  // A marker the profile can be aligned by: 15 ms of this function, from page time `markAt`.
  const markAt = await bench.page.evaluate(() => {
    const w = window as unknown as { __tasks: [number, number][] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
    const from = performance.now();
    function benchMarker() {
      while (performance.now() < from + 15) {}
    }
    benchMarker();
    return from;
  });
  await chooseLargeFile(bench.page, csv);
  await importDrawn(bench.page, rows);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  writeFileSync(`/tmp/large-import-${kind}.cpuprofile`, JSON.stringify(profile));
  const frames = await bench.page.evaluate(() => (window as unknown as { __frames: unknown[] }).__frames);
  console.log(
    'Long animation frames (≥ 150 ms), with their scripts and the time of style, layout and paint:',
  );
  for (const f of frames as { duration: number }[])
    if (f.duration >= 150) console.log(JSON.stringify(f, null, 1));
  const nodes = await bench.page.evaluate(() => ({
    page: document.querySelectorAll('*').length,
    chart: document.querySelectorAll('figure *').length,
    marks: document.querySelectorAll('figure .mark').length,
  }));
  console.log(`elements: ${nodes.page} in the page, ${nodes.chart} in the chart, ${nodes.marks} marks`);
  const tasks = await bench.page.evaluate(
    () => (window as unknown as { __tasks: [number, number][] }).__tasks,
  );
  report(profile, markAt, tasks);
});

function report(profile: Profile, markAt: number, tasks: [number, number][]) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) => {
    const f = n.callFrame;
    const file = f.url.split('/').pop() ?? '';
    return `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  const stack = (id: number) => {
    const out: Node[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) out.push(node);
    }
    return out;
  };
  // The samples, on the page's clock (aligned by the marker's first sample).
  let t = profile.startTime;
  const samples = profile.samples.map((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    return { id, t };
  });
  const marker = samples.find((x) => stack(x.id).some((n) => n.callFrame.functionName === 'benchMarker'));
  if (!marker) throw new Error('the marker is not in the profile');
  const offset = marker.t - markAt * 1000;
  const runs = tasks.map(([start, duration]) => {
    const from = start * 1000 + offset;
    const to = from + duration * 1000;
    const inside = samples.flatMap((x, i) =>
      x.t >= from && x.t < to ? [{ id: x.id, dt: (samples[i + 1]?.t ?? x.t) - x.t }] : [],
    );
    return { from, to, ids: inside.map((x) => x.id), dts: inside.map((x) => x.dt) };
  });
  console.log(`long tasks: ${tasks.map(([, d]) => Math.round(d)).join(', ')} ms`);
  const long = runs.filter((r) => r.to - r.from > OVER_MS * 1000);
  console.log(`${long.length} over ${OVER_MS} ms:`);
  for (const r of long) {
    const incl = new Map<string, number>();
    const self = new Map<string, number>();
    r.ids.forEach((id, i) => {
      const dt = (r.dts[i] ?? 0) / 1000;
      const s = stack(id);
      const leaf = s[0];
      if (leaf) self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
      for (const key of new Set(s.map(name))) incl.set(key, (incl.get(key) ?? 0) + dt);
    });
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `    ${v.toFixed(0).padStart(6)} ms  ${k}`);
    console.log(
      `\n== run at ${((r.from - profile.startTime) / 1000).toFixed(0)} ms, ${((r.to - r.from) / 1000).toFixed(0)} ms`,
    );
    console.log('  inclusive:');
    console.log(top(incl, 40).join('\n'));
    console.log('  self:');
    console.log(top(self, 20).join('\n'));
  }
}
