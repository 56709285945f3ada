// The crosscheck command line, run as a user runs it.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const run = (args, cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

test('--help prints usage and exits 0', () => {
  const r = run(['--help']);
  assert.strictEqual(r.status, 0);
  assert.match(r.stdout, /Usage: crosscheck <command>/);
  assert.match(r.stdout, /--fail-on/);
});

test('a missing path is a usage error: clear message, exit 2', () => {
  const r = run(['analyze', 'no/such/path']);
  assert.strictEqual(r.status, 2);
  assert.match(r.stderr, /no such file or folder: no\/such\/path/);
  assert.strictEqual(r.stdout, '');
});

test('an unknown option or format is a usage error, exit 2', () => {
  assert.strictEqual(run(['check', '--bogus', 'seeds']).status, 2);
  const r = run(['check', '--format', 'xml', 'seeds']);
  assert.strictEqual(r.status, 2);
  assert.match(r.stderr, /does not support --format xml/);
  assert.strictEqual(run(['frobnicate', 'seeds']).status, 2);
  assert.strictEqual(run(['check', '--fail-on', 'sometimes', 'seeds']).status, 2);
});

test('binary files in a folder are skipped with a message, text reports still analyzed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-'));
  fs.writeFileSync(path.join(dir, 'blob.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
  fs.writeFileSync(path.join(dir, 'report.txt'), 'Officials said 12 people were killed in Kharkiv on Monday.\n');
  fs.writeFileSync(path.join(dir, 'README.md'), 'Not a report.\n');
  const r = run(['analyze', '--format', 'json', dir]);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.match(r.stderr, /blob\.txt: binary file/);
  const doc = JSON.parse(r.stdout);
  assert.deepStrictEqual(doc.documents.map(d => path.basename(d.path)), ['report.txt']);
});

test('broken front matter is reported and the report is still analyzed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-'));
  fs.writeFileSync(path.join(dir, 'r.md'), '---\ntitle: [unclosed\npublished: 2025-01-05\n---\nAbout 40 people were evacuated.\n');
  const r = run(['analyze', '--format', 'json', dir]);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.match(r.stderr, /front matter is not valid YAML/);
  const doc = JSON.parse(r.stdout);
  assert.strictEqual(doc.documents.length, 1);
  assert.ok(doc.documents[0].warnings.some(w => /front matter/.test(w)));
});

test('check on seeds prints linter lines for both sides, a summary, and exits 1 on a clear contradiction', () => {
  const r = run(['check', 'seeds']);
  assert.strictEqual(r.status, 1, r.stderr);
  assert.match(r.stdout, /^seeds\/003_79037f0ed4309734\.txt:\d+:\d+: clear: .*42.*44/m);
  assert.match(r.stdout, /^seeds\/004_adff6eb275203194\.txt:\d+:\d+: clear: /m);
  assert.match(r.stdout, /\d+ contradictions? \(\d+ clear, \d+ possible\) in 5 reports$/m);
  assert.strictEqual(run(['check', '--fail-on', 'none', 'seeds']).status, 0);
});

test('check --format json matches the published schema and names both sides', () => {
  const { AnalysisOutputSchema } = require(path.join(ROOT, 'dist/engine.js'));
  const r = run(['check', '--format', 'json', '--fail-on', 'none', 'seeds']);
  assert.strictEqual(r.status, 0, r.stderr);
  const doc = AnalysisOutputSchema.parse(JSON.parse(r.stdout));
  assert.strictEqual(doc.documents.length, 5);
  const clash = doc.contradictions.find(c => c.severity === 'clear' && /42/.test(c.message) && /44/.test(c.message));
  assert.ok(clash, 'no 42-vs-44 finding');
  const paths = [clash.a.path, clash.b.path].sort();
  assert.deepStrictEqual(paths, ['seeds/003_79037f0ed4309734.txt', 'seeds/004_adff6eb275203194.txt']);
  const text = fs.readFileSync(path.join(ROOT, clash.a.path), 'utf8');
  assert.match(text.slice(clash.a.start, clash.a.end), /4[24]/);
});

test('check --format sarif is valid SARIF 2.1.0 with the other side as a related location', () => {
  const Ajv = require('ajv');
  const schema = require('../fixtures/sarif-2.1.0.json');
  const r = run(['check', '--format', 'sarif', '--fail-on', 'none', 'seeds']);
  assert.strictEqual(r.status, 0, r.stderr);
  const sarif = JSON.parse(r.stdout);
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 1));
  const results = sarif.runs[0].results;
  assert.ok(results.length >= 1);
  for (const res of results) {
    assert.ok(res.relatedLocations.length >= 1);
    assert.ok(Object.keys(res.partialFingerprints).length >= 1);
  }
  // Fingerprints are stable from run to run.
  const again = JSON.parse(run(['check', '--format', 'sarif', '--fail-on', 'none', 'seeds']).stdout);
  assert.deepStrictEqual(again.runs[0].results.map(x => x.partialFingerprints), results.map(x => x.partialFingerprints));
});

test('export --format w3c prints JSON-LD with the W3C context and both selectors for every annotation', () => {
  const r = run(['export', '--format', 'w3c', 'seeds']);
  assert.strictEqual(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.strictEqual(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.ok(doc.items.length > 100);
  for (const a of doc.items) {
    const types = a.target.selector.map(s => s.type).sort();
    assert.deepStrictEqual(types, ['TextPositionSelector', 'TextQuoteSelector']);
    const sel = Object.fromEntries(a.target.selector.map(s => [s.type, s]));
    const text = fs.readFileSync(path.join(ROOT, a.target.source), 'utf8');
    assert.strictEqual(text.slice(sel.TextPositionSelector.start, sel.TextPositionSelector.end), sel.TextQuoteSelector.exact);
  }
});

test('the CLI honours a dismissal in the annotation file and never writes to a broken one', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-ann-'));
  fs.mkdirSync(path.join(dir, 'seeds'));
  for (const f of fs.readdirSync(path.join(ROOT, 'seeds'))) fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, 'seeds', f));
  const first = JSON.parse(run(['check', '--format', 'json', '--fail-on', 'none', 'seeds'], dir).stdout);
  const clear = first.contradictions.filter(c => c.severity === 'clear');
  assert.ok(clear.length >= 1);
  const { createDismissal } = require(path.join(ROOT, 'dist/annotations.js'));
  const texts = new Map(first.documents.map(d => [d.path, fs.readFileSync(path.join(dir, d.path), 'utf8')]));
  const items = clear.map(c => createDismissal(c, texts));
  fs.mkdirSync(path.join(dir, '.crosscheck'));
  const store = path.join(dir, '.crosscheck', 'annotations.jsonld');
  fs.writeFileSync(store, JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', version: 1, items }, null, 2));
  const after = run(['check', '--format', 'json', 'seeds'], dir);
  assert.strictEqual(after.status, 0, 'dismissed clear findings no longer fail the check');
  assert.ok(JSON.parse(after.stdout).contradictions.every(c => c.severity !== 'clear'));

  const broken = '{ "@context": "http://www.w3.org/ns/anno.jsonld", "items": [ {,\n';
  fs.writeFileSync(store, broken);
  const r = run(['check', '--fail-on', 'none', 'seeds'], dir);
  assert.strictEqual(r.status, 0);
  assert.match(r.stderr, /annotations\.jsonld:\d+:\d+: not valid JSON/);
  assert.strictEqual(fs.readFileSync(store, 'utf8'), broken);
});

test('the bin runs as a program: dist/cli.js is executable and starts with a node shebang', { skip: process.platform === 'win32' }, () => {
  const file = path.join(__dirname, '../../dist/cli.js');
  assert.ok(fs.statSync(file).mode & 0o111, 'execute bit set');
  assert.ok(fs.readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node'));
});
