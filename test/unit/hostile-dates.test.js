// Dates at the edges of the calendar (issue 14, item 6): refused at input with a warning, never a crash of the output.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const engine = require('../../dist/engine.js');

const CLI = path.join(__dirname, '../../dist/cli.js');
const BODY = 'Next year 12 soldiers will be sent, and over the weekend 40 people were killed on Monday, officials said.\n';
const report = published => `---\ntitle: Edge\npublished: ${published}\n---\n${BODY}`;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

test('a report published on 9999-12-31 resolves no date past the calendar, and its output validates', () => {
  const text = report('9999-12-31');
  const a = engine.analyzeText('r.txt', text);
  assert.strictEqual(a.published, '9999-12-31');
  for (const d of a.dates) for (const v of [d.from, d.to]) assert.ok(v === null || (ISO.test(v) && v <= '9999-12-31'), `${d.text}: ${v}`);
  assert.strictEqual(a.dates.find(d => d.text === 'Monday')?.from, '9999-12-27');
  assert.strictEqual(a.dates.find(d => d.text === 'Next year')?.from, null);
  const corpus = engine.checkCorpus([a]);
  assert.doesNotThrow(() => engine.AnalysisOutputSchema.parse(engine.analysisOutput(corpus, new Map([['r.txt', text]]))));
});

test('published dates outside years 1-9999, or not dates at all, are refused with a warning', () => {
  for (const value of ['0000-01-01', '-0001-05-05', '+2024-01-01', '10000-01-01', 'yesterday']) {
    const a = engine.analyzeText('r.txt', report(value));
    assert.strictEqual(a.published, null, value);
    assert.ok(a.warnings.some(w => w.includes(`"${value}"`) && /not a calendar date/.test(w)), `${value}: ${a.warnings}`);
    assert.ok(a.dates.every(d => d.from === null || ISO.test(d.from)), value);
  }
  assert.strictEqual(engine.normalizeDate('0001-01-01'), '0001-01-01');
  assert.strictEqual(engine.normalizeDate('-0001-05-05'), null);
});

test('analyze, check and export --format json exit 0 on reports at the calendar edges', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-dates-'));
  try {
    for (const [i, value] of ['9999-12-31', '0000-01-01', '-0001-05-05', 'yesterday', '0001-01-01'].entries()) {
      fs.writeFileSync(path.join(dir, `r${i}.txt`), report(value));
    }
    for (const args of [['analyze', dir, '--format', 'json'], ['check', dir, '--format', 'json', '--fail-on', 'none'], ['export', dir, '--format', 'json']]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, `${args[0]}: ${r.stderr}`);
      assert.doesNotThrow(() => JSON.parse(r.stdout), args[0]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
