// The bench's per-sample listing (bench/growth.js, `npm run bench -- adversarial --samples`): each collection is billed
// to the timed sample it fell in, per run of that sample, and kinds are counted apart. No time is measured here.
const test = require('node:test');
const assert = require('node:assert');
const { listSampleRows } = require('../../bench/growth.js');

function listed(windows, gcs) {
  const lines = [];
  const log = console.log;
  console.log = line => lines.push(String(line));
  try { listSampleRows([{ name: 'invented case', windows }], gcs); } finally { console.log = log; }
  return lines.filter(l => l.includes('size'));
}

test('collections are billed per run to the sample whose window holds their start', () => {
  const windows = [
    { k: 0, ms: 100, runs: 10, w0: 0, w1: 1000 },
    { k: 1, ms: 400, runs: 2, w0: 1000, w1: 1800 },
    { k: 0, ms: 110, runs: 9, w0: 2000, w1: 3000 },
  ];
  const gcs = [
    { startTime: 10, duration: 20, detail: { kind: 1 } },
    { startTime: 999, duration: 30, detail: { kind: 1 } },
    { startTime: 1500, duration: 100, detail: { kind: 4 } },
    { startTime: 1900, duration: 500, detail: { kind: 4 } }, // between samples: untimed, billed to none
  ];
  const [first, second] = listed(windows, gcs);
  assert.match(first, /invented case\s+size 1: 100 ×10 \(gc 5, 2\/0\)\s+110 ×9 \(gc 0, 0\/0\)$/);
  assert.match(second, /size 2: 400 ×2 \(gc 50, 0\/1\)$/);
});

// Round 40: a case cheap per run is timed over larger sizes (its scale), so one run at its smallest size is not a few
// milliseconds that one collection more or less decides; the sizes still double. No time is measured here.
test('a cheap case\'s sizes are scaled, still doubling, and the scale is capped', () => {
  const { sizesOf, SIZES, MAX_SCALE } = require('../../bench/growth.js');
  assert.deepStrictEqual(sizesOf({}), SIZES);
  const scaled = sizesOf({ scale: 4 });
  assert.deepStrictEqual(scaled, SIZES.map(s => s * 4));
  for (let k = 1; k < scaled.length; k++) assert.strictEqual(scaled[k], 2 * scaled[k - 1]);
  assert.deepStrictEqual(sizesOf({ scale: MAX_SCALE * 8 }), SIZES.map(s => s * MAX_SCALE));
});

test('the growth section runs only the cases asked for', () => {
  const { selectCases, growthCases } = require('../../bench/growth.js');
  const cases = [...growthCases({}, ['An invented report.']), { name: 'invented store case', make: String, run: String }];
  assert.deepStrictEqual(selectCases(cases, 'invented store').map(c => c.name), ['invented store case']);
  assert.strictEqual(selectCases(cases, null).length, cases.length);
  assert.deepStrictEqual(selectCases(cases, 'no such case'), []);
});

// A report is analyzed only up to the engine's limit: a case scaled past it would time the same cut text at each size
// and read as no growth, so its scale is halved until its largest size fits.
test('an analyzed case is never scaled past what the engine reads of one report', () => {
  const { sizesOf, SIZES, MAX_SCALE, growthCases } = require('../../bench/growth.js');
  const limit = SIZES[SIZES.length - 1] * 4 + 1;
  assert.deepStrictEqual(sizesOf({ scale: MAX_SCALE, limit }), SIZES.map(s => s * 4));
  const engine = require('../../dist/engine.js');
  assert.ok(engine.MAX_ANALYZED_CHARS > 0);
  for (const c of growthCases(engine, ['An invented report.'])) {
    if (c.run) continue;
    const sizes = sizesOf(c);
    assert.ok(sizes[sizes.length - 1] <= engine.MAX_ANALYZED_CHARS, `${c.name}: ${sizes[sizes.length - 1]}`);
  }
});

// Round 45: a growth case runs in separate processes and their rounds are pooled, so one process whose cell reads high
// in every round (its heap, its collections) counts for its share of rounds, not for the whole figure. No time is
// measured here: the samples are invented.
test('pooled growth reads every round of every process, each doubling from a round\'s own pair', () => {
  const { pooledGrowth } = require('../../bench/growth.js');
  // Two sizes, three processes of three rounds; the third process's larger size reads high in every round.
  const processes = [
    [[100, 110, 90], [200, 220, 180]],
    [[100, 100, 100], [210, 190, 200]],
    [[100, 100, 100], [260, 250, 270]],
  ];
  const pooled = pooledGrowth(processes);
  // Nine ratios: 2.0 ×3, 2.1, 1.9, 2.0, 2.6, 2.5, 2.7; their median is 2.0 (the third process alone reads 2.6).
  assert.strictEqual(pooled.growths[1].toFixed(2), '2.00');
  assert.strictEqual(pooled.firstToLast.toFixed(2), '2.00');
  assert.strictEqual(pooled.times[0], 100);
  assert.deepStrictEqual(pooled.perProcess.map(p => p.growths[1].toFixed(2)), ['2.00', '2.00', '2.60']);
  // One process: no per-process lines, the figures as the in-process bench read them.
  const alone = pooledGrowth([processes[2]]);
  assert.strictEqual(alone.growths[1].toFixed(2), '2.60');
  assert.deepStrictEqual(alone.perProcess, []);
});

test('the pooled table prints each process\'s own doublings under the pooled row', () => {
  const { printGrowth } = require('../../bench/growth.js');
  const proc = (a, b) => [{ name: 'invented case', mbs: [1, 2], samples: [[a, a, a], [b, b, b]] }];
  const lines = [];
  const log = console.log;
  console.log = line => lines.push(String(line));
  let result;
  try { result = printGrowth([proc(100, 200), proc(100, 300), proc(100, 220)]); } finally { console.log = log; }
  assert.match(lines.find(l => l.startsWith('invented case')), /100 ms {2}×2\.20 {2}220 ms/);
  assert.strictEqual(lines.filter(l => /process \d:/.test(l)).length, 3);
  assert.match(lines.find(l => /process 2:/.test(l)), /×3\.00 {2}300 ms/);
  assert.strictEqual(result.worstGrowth.toFixed(2), '2.20');
  assert.match(lines.at(-1), /one process alone up to 3\.00/);
});

test('a timed sample holds at least two runs', () => {
  const { MIN_SAMPLE_RUNS } = require('../../bench/growth.js');
  assert.ok(MIN_SAMPLE_RUNS >= 2);
});
