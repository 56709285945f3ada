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
