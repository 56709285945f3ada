// Adversarial inputs doubled in size: the time of each doubling over the last (linear code gives about 2; target <= 2.3)
// and seconds per MB at the largest size (target <= 2 s). Other stages (the annotation store, ...) add their cases to
// GROWTH_CASES with their own `run`.
const { PerformanceObserver, performance } = require('node:perf_hooks');
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// CPU time of this process, not wall time: on a machine shared with other work the wall clock also counts the time
// other processes held the cores, which made the growth and the s/MB swing by 2-3x from run to run.
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** Timed samples per size in each process. */
const ROUNDS = 5;

/**
 * Separate processes each growth case runs in (`--processes N`), their rounds pooled. Within one process the median of
 * five rounds is steady to about ±0.1, but a whole process can read one cell low or high (its heap's size, where its
 * collections fall, what its compiler did): round 44's ×2.46 was three of five rounds of one process that high, which
 * more rounds in the same process would not average out. Rounds from separate processes do.
 */
const PROCESSES = 3;

/**
 * Timed rounds in each of the PROCESSES: nine pooled rounds from three processes, where the in-process bench read five
 * from one. Fewer per process keeps the section's time within about twice the one-process bench's (each process pays
 * its own start and warm-up), and a median of three still shows a process that reads apart.
 */
const POOLED_ROUNDS = 3;

/**
 * Median CPU time of ROUNDS samples of each of `fns` (one per size of a case), the sizes interleaved: round after
 * round, each size in turn; with each size's growth over the size before it and the last size's over the first, each
 * read round by round (roundRatio). Measured in a block of its own, a size took whatever the machine did during those seconds
 * (another process holding the cores and their caches, a collection of the heap grown by the case) and one cell swung
 * by a factor of three from run to run (lines holding a NBSP 12 -> 42 ms, ×3.61); interleaved, such spells fall on
 * every size of the case alike, so the ratio of two sizes measures the input. Before each timed sample one untimed run
 * of the same input: the sample then starts from the garbage of a run of its own size, as it did in a block (without
 * it, the largest size would start from the smaller one's garbage and the smallest pay for the largest's). No full
 * collection is forced between the timed runs: a forced collection makes V8 drop optimized code whose objects died
 * (most of the engine's, once a report's analysis is garbage), so every timed run paid to compile the engine again
 * (10-20 % of the time at 800 KB), which neither the CLI nor the language server ever does.
 */
function interleavedSamples(fns, windows, rounds = ROUNDS) {
  // The one collection, so the previous case's garbage is not billed to this one.
  global.gc?.();
  for (const fn of fns) warmUp(fn);
  const samples = fns.map(() => []);
  for (let round = 0; round < rounds; round++) {
    fns.forEach((fn, k) => {
      fn();
      const w0 = performance.now();
      const ms = sample(fn, MIN_SAMPLE_MS, MIN_SAMPLE_RUNS);
      windows?.push({ k, ms, runs: lastRuns, w0, w1: performance.now() });
      samples[k].push(ms);
    });
  }
  return samples;
}

/**
 * One process's or several processes' samples of a case read as the table prints them. `processes` holds each
 * process's samples (size by round). Each size's time is the median of every pooled sample; each doubling the median
 * of every pooled round's own ratio (roundRatio: a round's two sizes are always from the same process, seconds apart);
 * first to last likewise. Nothing is dropped: every round of every process counts once. Each process's own figures
 * are returned beside the pooled ones, so the table can show their spread.
 */
function pooledGrowth(processes) {
  const sizes = processes[0].length;
  const read = per => {
    const ratios = (k, j) => per.flatMap(p => p[k].map((ms, round) => ms / Math.max(p[j][round], 1e-3)));
    return {
      times: Array.from({ length: sizes }, (_, k) => median(per.flatMap(p => p[k]))),
      growths: Array.from({ length: sizes }, (_, k) => (k ? median(ratios(k, k - 1)) : null)),
      firstToLast: median(ratios(sizes - 1, 0)),
    };
  };
  return { ...read(processes), perProcess: processes.length > 1 ? processes.map(p => read([p])) : [] };
}

/**
 * The median over rounds of one size's time over another's in the same round. The sizes of a round are timed a few
 * seconds apart, so a spell of the machine (other processes holding the cores) falls on both; a ratio of medians
 * instead set one round's sample against another's, and on a busy 2-core machine the samples of one input swung
 * ×1.6 between rounds (lines holding a space at 800 KB: 38, 59, 62, 36, 63 ms), which read as a growth of ×2.59 where
 * every round's own ratio was ×1.89-2.03. A real super-linear cost slows the larger size in every round alike, so it
 * shows in this median as it did before.
 */
function roundRatio(larger, smaller) {
  return median(larger.map((ms, round) => ms / Math.max(smaller[round], 1e-3)));
}

/** Untimed samples are shorter: they only need to show when the time stops falling. */
const WARM_SAMPLE_MS = 200;

/**
 * Untimed runs until one is no faster than the run before it (at least two, at most eight). The collection above
 * drops optimized code whose embedded objects died (--trace-deopt: "weak objects", 50-100 functions each time), and
 * the first size of a case meets code paths no earlier case ran: traced with --trace-opt, the first runs after it
 * compiled 150-500 functions each, the fifth still 50 on a report pasted as one line, on compiler threads whose CPU time
 * this process is billed. Two fixed untimed runs left that compilation in the timed runs of the smallest size, which
 * then read slower than the size twice as large (×0.62, then ×2.65). Compilation is paid once per process, not per
 * megabyte; the first analysis of a cold process is measured apart (engine section, "first pass, cold").
 */
function warmUp(fn) {
  let before = Infinity;
  for (let k = 0; k < 8; k++) {
    const ms = sample(fn, WARM_SAMPLE_MS);
    if (k >= 1 && ms >= 0.95 * before) return;
    before = ms;
  }
}

/**
 * Shortest timed sample: a run shorter than this is repeated until it has passed, and the runs averaged. A sample of
 * 200 ms held 30-50 runs of a 4-7 ms case, and one size of such a case still read ×3.2 over the size before it
 * (Markdown heading markers 4 -> 14 ms in the bench, 3.5 -> 7.7 ms run alone): a collection of the bench's large heap
 * (the language model, what earlier cases promoted) costs tens of ms, and falling in some of the five samples and not
 * others it decided their median. A sample of a second spans more of them, so each carries about its share, as a
 * user's stream of reports does; the sample is still an average of every run in it, nothing left out.
 */
const MIN_SAMPLE_MS = 1000;

/** Runs in the last sample taken (for the per-sample listing). */
let lastRuns = 0;

/**
 * Fewest runs in a timed sample. A sample of the largest sizes (one run of about 2 s) was one run, which held a full
 * collection or none (perf45's listing: 0 or 1 per sample at every size), so its five samples read the heap's state
 * more than the input, where a sample of the smallest size spans five runs and carries its share. Two runs at least
 * make every sample span about as much of the heap's cycle, at the cost of a longer sample at the largest sizes only.
 */
const MIN_SAMPLE_RUNS = 2;

/** CPU time of one run of `fn`, averaged over repeated runs until `minMs` have passed and `minRuns` were made. */
function sample(fn, minMs = MIN_SAMPLE_MS, minRuns = 1) {
  const t = cpuMs();
  let runs = 0;
  do { fn(); runs++; } while (cpuMs() - t < minMs || runs < minRuns);
  lastRuns = runs;
  return (cpuMs() - t) / runs;
}

/** `unit` repeated to about `bytes` characters. */
const repeatTo = (unit, bytes) => unit.repeat(Math.max(1, Math.round(bytes / unit.length)));

const KB = 1024;
/**
 * Every size lies above 128 KB of string, the largest object V8 allocates on its ordinary pages: a string over it (a
 * copy, a lower-cased text, a slice) is mapped as a large object of its own, which costs about 6 µs per KB where a
 * smaller one costs 0.1 (a lower-cased copy of 100 K one-byte characters 13 µs, of 200 K 1.2 ms). Sizes from 100 KB
 * set one side of that step against the other, and the cheapest cases read it as growth: Markdown heading markers
 * ×2.4-2.5 from 100 to 200 KB in every run, ×1.9-2.1 at every other doubling; the same input made two-byte by one
 * dash moved the step to 50 -> 100 KB (×3.3), where its bytes cross 128 KB. That is one step in the cost per byte,
 * not a cost that grows with size, so the doublings start above it.
 */
const SIZES = [160 * KB, 320 * KB, 640 * KB, 1280 * KB];

/**
 * Shortest run wanted at a case's smallest size. A case whose one run at 160 KB takes a few milliseconds (lines of
 * blanks, heading markers, the annotation store) had each timed sample made of a hundred runs, and one scavenge or
 * full collection more or less in a sample, or the young generation overflowing at one size and not the one before,
 * moved its time by a third: the store's invalid items read ×2.74 at one doubling on an idle machine (49 -> 131 ms),
 * ×1.29-×5.42 at the same doubling from run to run on a busy one. Such a case's sizes are multiplied by its `scale`
 * (a power of two, at most MAX_SCALE) so that one run at its smallest size takes about this much on an idle machine;
 * the four sizes still double, so the growth per doubling reads the same work, over more of it.
 */
const MIN_RUN_MS = 100;
const MAX_SCALE = 16;

/**
 * A case's sizes: SIZES times its scale (1 by default, MAX_SCALE at most), halved until the largest size is within the
 * case's `limit`. A report is analyzed only up to the engine's MAX_ANALYZED_CHARS: past it every size would time the
 * same cut text and read as no growth at all, which hides growth instead of measuring it.
 */
function sizesOf(c) {
  const base = c.sizes ?? SIZES;
  let scale = Math.min(c.scale ?? 1, MAX_SCALE);
  while (scale > 1 && c.limit && base[base.length - 1] * scale > c.limit) scale /= 2;
  return base.map(size => size * scale);
}

/**
 * Each case: `make(size)` builds the input for a nominal size in characters, `run(input)` does the work timed.
 * `run` defaults to analyzing the input as one report.
 */
function growthCases(engine, corpus) {
  const oneLine = corpus.join(' ').replace(/\s+/g, ' ');
  const keys = n => {
    const lines = ['title: Many keys', 'published: 2025-01-12'];
    for (let i = 0; i < n; i++) lines.push(`k${i}: ${i}`);
    return `---\n${lines.join('\n')}\n---\nAt least 40 people were killed on Sunday.\n`;
  };
  // Analyzed as one report: no size past what the engine reads of one (sizesOf).
  const limit = engine.MAX_ANALYZED_CHARS;
  return [
    { name: 'figures on one line (price list)', make: n => repeatTo('$2bn US$ 5 EUR 3 million €4 £5 ', n) },
    { name: 'figures in sentences', make: n => repeatTo('About 40 people were killed and 12 injured on Monday, officials said. ', n) },
    // Round 46: each percentage of one sentence read the whole sentence for its population ("among rural voters").
    { name: 'percentages in one sentence', make: n => `Turnout rose to ${repeatTo('5% among rural voters, 7% of young women, ', n)}` },
    { name: 'lines holding a space', make: n => repeatTo(' \n', n), scale: MAX_SCALE, limit },
    { name: 'lines holding a NBSP', make: n => repeatTo('\u00a0\n', n), scale: MAX_SCALE, limit },
    { name: 'Markdown heading markers', make: n => repeatTo('# \n', n), scale: MAX_SCALE, limit },
    { name: 'a report pasted as one line', make: n => repeatTo(oneLine + ' ', n) },
    { name: 'odd blanks and format chars', make: n => repeatTo('12\u2000people\ufeff were\u3000killed\f on\u2028Monday.\u200b ', n) },
    // Under a millisecond per run at 160 KB: even at MAX_SCALE its samples hold many runs.
    { name: 'front-matter keys', make: n => keys(Math.round(n / 12)), run: input => engine.readFrontMatter(input), scale: MAX_SCALE },
  ];
}

/** The cases whose name holds `only` (`npm run bench -- growth --case <text>`), or every case. */
function selectCases(cases, only) {
  return only ? cases.filter(c => c.name.includes(only)) : cases;
}

/**
 * Times every selected case in this process: each case's samples (size by round) and the byte size of each input.
 * With `samples`, also returns `listSamples`, which prints every timed sample of every cell (CPU ms per run, runs in
 * it) and the collections that fell in it (main-thread pause ms per run, scavenges and full collections): to tell a
 * cell read high by collections from one read high by the machine. It is async because V8 reports collections only
 * once the event loop turns; the timed runs are the same either way.
 */
function measureGrowth(engine, corpus, extra = [], { samples = false, only = null, rounds = ROUNDS } = {}) {
  const gcs = [];
  const observer = samples ? new PerformanceObserver(list => { for (const e of list.getEntries()) gcs.push(e); }) : null;
  observer?.observe({ entryTypes: ['gc'] });
  const listed = [];
  const cases = [];
  for (const c of selectCases([...growthCases(engine, corpus), ...extra], only)) {
    const run = c.run ?? (input => engine.analyzeText('adv', input));
    const inputs = sizesOf(c).map(size => c.make(size));
    const windows = samples ? [] : undefined;
    const timed = interleavedSamples(inputs.map(input => () => run(input)), windows, rounds);
    if (windows) listed.push({ name: c.name, windows });
    cases.push({ name: c.name, mbs: inputs.map(input => input.length / (1 << 20)), samples: timed });
  }
  const listSamples = async () => {
    await new Promise(resolve => setTimeout(resolve, 100));
    observer.disconnect();
    listSampleRows(listed, gcs);
  };
  return { cases, ...(samples ? { listSamples } : {}) };
}

/**
 * Prints one row per case (each size's time, each doubling's growth, s/MB at the largest size, first to last) from
 * the samples of one or more processes (`measured`: one `cases` list per process, the same cases in the same order),
 * pooled by pooledGrowth; with more than one process, a line per process under each case with that process's own
 * doublings, s/MB and first to last. Returns the worst pooled growth and seconds per MB.
 */
function printGrowth(measured) {
  const n = measured.length;
  const how = n > 1 ? `${n} processes × ${measured[0][0]?.samples[0].length ?? ROUNDS} rounds pooled, each doubling the median of every round's own ratio`
    : `median of ${measured[0][0]?.samples[0].length ?? ROUNDS}`;
  console.log(`\n## Adversarial growth (each input doubled; CPU time, ${how}, sizes interleaved, samples of at least ${MIN_SAMPLE_RUNS} runs; targets: growth <= 2.3 per doubling, <= 2 s/MB)`);
  let worstGrowth = 0;
  let worstMean = 0;
  let worstPerMb = 0;
  let worstProcessGrowth = 0;
  const row = ({ times, growths, firstToLast }, mbs) => {
    const cells = times.flatMap((ms, k) => [...(k ? [`×${growths[k].toFixed(2)}`] : []), `${ms.toFixed(0)} ms`]);
    // One doubling's figure swings with a collection landing in it; first to last size averages the noise out.
    const mean = firstToLast ** (1 / (times.length - 1));
    const perMb = times[times.length - 1] / 1000 / mbs[mbs.length - 1];
    return { cells, mean, perMb, worst: Math.max(...growths.slice(1)) };
  };
  measured[0].forEach(({ name, mbs }, i) => {
    const pooled = pooledGrowth(measured.map(cases => cases[i].samples));
    const { cells, mean, perMb, worst } = row(pooled, mbs);
    worstGrowth = Math.max(worstGrowth, worst);
    worstMean = Math.max(worstMean, mean);
    worstPerMb = Math.max(worstPerMb, perMb);
    const from = `${mbs[0].toFixed(2)} MB`;
    console.log(`${name.padEnd(34)} from ${from.padStart(8)}: ${cells.join('  ')}   ${perMb.toFixed(2)} s/MB, ×${mean.toFixed(2)} per doubling first to last`);
    pooled.perProcess.forEach((own, p) => {
      const r = row(own, mbs);
      worstProcessGrowth = Math.max(worstProcessGrowth, r.worst);
      console.log(`${''.padEnd(34)}   process ${p + 1}: ${r.cells.join('  ')}   ${r.perMb.toFixed(2)} s/MB, ×${r.mean.toFixed(2)}`);
    });
  });
  const spread = n > 1 ? `; one process alone up to ${worstProcessGrowth.toFixed(2)}` : '';
  console.log(`worst growth per doubling ${worstGrowth.toFixed(2)}${spread}, first to last ${worstMean.toFixed(2)} (target <= 2.3); worst ${worstPerMb.toFixed(2)} s/MB (target <= 2)`);
  return { worstGrowth, worstMean, worstPerMb };
}

/** The growth section in this one process (`--processes 1`): measure, print; `listSamples` as measureGrowth's. */
function runGrowth(engine, corpus, extra = [], opts = {}) {
  const { cases, listSamples } = measureGrowth(engine, corpus, extra, opts);
  return { ...printGrowth([cases]), ...(listSamples ? { listSamples } : {}) };
}

/** Marks the one line of a growth child's output that carries its samples. */
const CHILD_MARK = 'growth-samples ';

/**
 * The growth section in `processes` separate processes, one after another (never side by side: two on a 2-core
 * machine would share the cores and caches), each started as `script` with `args` and the flags this process was
 * started with (--expose-gc, the heap size), each printing its samples as one marked line. Pooled by printGrowth.
 * Any other line a child prints (its `--samples` listing) is passed on under the child's number.
 */
function runGrowthProcesses(script, args, processes = PROCESSES) {
  const { spawnSync } = require('node:child_process');
  const measured = [];
  for (let p = 0; p < processes; p++) {
    const child = spawnSync(process.execPath, [...process.execArgv, script, ...args], {
      encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) throw new Error(`growth process ${p + 1} failed (${child.status ?? child.signal})`);
    const lines = child.stdout.split('\n');
    const marked = lines.find(line => line.startsWith(CHILD_MARK));
    if (!marked) throw new Error(`growth process ${p + 1} printed no samples`);
    const rest = lines.filter(line => line && !line.startsWith(CHILD_MARK));
    if (rest.length) console.log(`\n# growth process ${p + 1}\n${rest.join('\n')}`);
    measured.push(JSON.parse(marked.slice(CHILD_MARK.length)));
  }
  return printGrowth(measured);
}

/** A growth child's part: measure in this process, print the marked line of samples (and the listing if asked). */
async function growthChild(engine, corpus, extra, opts) {
  const { cases, listSamples } = measureGrowth(engine, corpus, extra, { rounds: POOLED_ROUNDS, ...opts });
  await listSamples?.();
  console.log(CHILD_MARK + JSON.stringify(cases));
}

/** V8's kinds of collection as PerformanceObserver reports them (perf_hooks constants). */
const GC_MINOR = 1;
const GC_MAJOR = 4;

/** One line per cell: each sample as "CPU ms per run ×runs, gc pause ms per run (scavenges/full collections)". */
function listSampleRows(listed, gcs) {
  console.log('\n## Adversarial growth, every timed sample (CPU ms per run ×runs in the sample; main-thread collection pauses in it: wall ms per run, scavenges/full)');
  for (const { name, windows } of listed) {
    const sizes = Math.max(...windows.map(w => w.k)) + 1;
    for (let k = 0; k < sizes; k++) {
      const cells = windows.filter(w => w.k === k).map(w => {
        const inside = gcs.filter(e => e.startTime >= w.w0 && e.startTime < w.w1);
        const pause = inside.reduce((sum, e) => sum + e.duration, 0) / w.runs;
        const count = kind => inside.filter(e => (e.detail?.kind ?? e.kind) === kind).length;
        return `${w.ms.toFixed(0)} ×${w.runs} (gc ${pause.toFixed(0)}, ${count(GC_MINOR)}/${count(GC_MAJOR)})`;
      });
      console.log(`${(k ? '' : name).padEnd(34)} size ${k + 1}: ${cells.join('  ')}`);
    }
  }
}

module.exports = { runGrowth, runGrowthProcesses, growthChild, pooledGrowth, printGrowth, growthCases, repeatTo, listSampleRows, sizesOf, selectCases, SIZES, MIN_RUN_MS, MAX_SCALE, PROCESSES, MIN_SAMPLE_RUNS };
