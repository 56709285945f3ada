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

test('check on seeds prints one block per finding with both locations, a summary, and exits 1 on a clear contradiction', () => {
  const r = run(['check', 'seeds']);
  assert.strictEqual(r.status, 1, r.stderr);
  const block = /^(seeds\/00[34]_\w+\.txt):\d+:\d+: clear: .*42.*44.*\n {4}other side: (seeds\/00[34]_\w+\.txt):\d+:\d+ "4[24][^"]*"$/m.exec(r.stdout);
  assert.ok(block, r.stdout);
  assert.notStrictEqual(block[1], block[2], 'the other side is the other report');
  // Each finding once: the 42/44 headline is not repeated from the other side.
  assert.strictEqual(r.stdout.match(/clear: .*42 armed clashes.* vs 44 /g).length, 1);
  const findings = r.stdout.match(/^seeds\/.*: (clear|possible): /gm).length;
  assert.strictEqual(r.stdout.match(/^ {4}other side: /gm).length, findings);
  assert.match(r.stdout, /\d+ contradictions? \(\d+ clear, \d+ possible\) in 5 reports$/m);
  assert.strictEqual(run(['check', '--fail-on', 'none', 'seeds']).status, 0);
});

test('text output has no colour codes when piped, colours with FORCE_COLOR, and NO_COLOR wins over a terminal', () => {
  const env = extra => ({ ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...extra });
  const piped = spawnSync(process.execPath, [CLI, 'check', '-q', 'seeds'], { cwd: ROOT, encoding: 'utf8', env: env({}) });
  assert.doesNotMatch(piped.stdout, /\u001b\[/);
  const forced = spawnSync(process.execPath, [CLI, 'check', '-q', 'seeds'], { cwd: ROOT, encoding: 'utf8', env: env({ FORCE_COLOR: '1' }) });
  assert.match(forced.stdout, /\u001b\[1;31mclear\u001b\[0m/);
});

test('wantsColor: a terminal gets colours unless NO_COLOR or TERM=dumb; FORCE_COLOR=0 turns them off', () => {
  // color.ts imports nothing: compile it on the fly rather than export it from the bin.
  const { transformSync } = require('esbuild');
  const js = transformSync(fs.readFileSync(path.join(ROOT, 'server/src/cli/color.ts'), 'utf8'), { loader: 'ts', format: 'cjs' }).code;
  const m = { exports: {} };
  new Function('module', 'exports', js)(m, m.exports);
  const { wantsColor } = m.exports;
  assert.strictEqual(wantsColor({}, true), true);
  assert.strictEqual(wantsColor({}, false), false);
  assert.strictEqual(wantsColor({ NO_COLOR: '1' }, true), false);
  assert.strictEqual(wantsColor({ NO_COLOR: '' }, true), true, 'an empty NO_COLOR is unset');
  assert.strictEqual(wantsColor({ TERM: 'dumb' }, true), false);
  assert.strictEqual(wantsColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), true);
  assert.strictEqual(wantsColor({ FORCE_COLOR: '0' }, true), false);
});

test('check - reads a draft from stdin and prints only its findings against the folder', () => {
  const draft = "Ukraine's General Staff said 60 armed clashes took place on January 5, 2025.\n";
  const r = spawnSync(process.execPath, [CLI, 'check', '-', 'seeds'], { cwd: ROOT, encoding: 'utf8', input: draft });
  assert.strictEqual(r.stderr, '');
  const heads = r.stdout.match(/^\S.*: (clear|possible): .*$/gm) ?? [];
  assert.ok(heads.length >= 1, r.stdout);
  for (const h of heads) assert.match(h, /^<stdin>:1:\d+: /, 'every finding starts at the draft');
  assert.match(r.stdout, /other side: seeds\/004_adff6eb275203194\.txt:\d+:\d+/);
  assert.match(r.stdout, /in <stdin> against 5 other reports$/m);
  // The folder's own findings (003 vs 004, clear) are not the draft's: they neither print nor fail the run.
  assert.doesNotMatch(r.stdout, /^seeds\//m);
  const quiet = spawnSync(process.execPath, [CLI, 'check', '-', 'seeds'], { cwd: ROOT, encoding: 'utf8', input: 'Nothing to see.\n' });
  assert.strictEqual(quiet.status, 0, quiet.stdout);
  const binary = spawnSync(process.execPath, [CLI, 'check', '-', 'seeds'], { cwd: ROOT, input: Buffer.from([0, 1, 2]) });
  assert.match(String(binary.stderr), /<stdin>: binary /);
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
  assert.strictEqual(doc['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
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

test('check DIR honours DIR/.crosscheck/annotations.jsonld from anywhere; several folders, each its own', () => {
  const { createDismissal } = require(path.join(ROOT, 'dist/annotations.js'));
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-dirs-'));
  const copySeeds = name => {
    const dir = path.join(base, name);
    fs.mkdirSync(dir);
    for (const f of fs.readdirSync(path.join(ROOT, 'seeds'))) fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, f));
    return dir;
  };
  const one = copySeeds('one');
  // Folder "two" has a clash of its own (different words, so no dismissal in "one" can match it).
  const two = path.join(base, 'two');
  fs.mkdirSync(two);
  const report = (outlet, n) => `---\npublished: 2025-03-03\noutlet: ${outlet}\n---\nThe regional governor said ${n} people were killed in the shelling of Kharkiv on Sunday.\n`;
  fs.writeFileSync(path.join(two, 'a.md'), report('Daily A', 12));
  fs.writeFileSync(path.join(two, 'b.md'), report('Daily B', 30));
  const clearIn = dir => JSON.parse(run(['check', '--format', 'json', '--fail-on', 'none', dir], base).stdout)
    .contradictions.filter(c => c.severity === 'clear');
  const before = clearIn('one');
  assert.ok(before.length >= 1);
  // The store of folder "one", written as the editor writes it: sources relative to that folder.
  const texts = new Map(before.flatMap(c => [c.a.path, c.b.path]).map(p => [path.relative('one', p), fs.readFileSync(path.join(base, p), 'utf8')]));
  const items = before.map(c => createDismissal({ ...c, a: { ...c.a, path: path.relative('one', c.a.path) }, b: { ...c.b, path: path.relative('one', c.b.path) } }, texts));
  fs.mkdirSync(path.join(one, '.crosscheck'));
  fs.writeFileSync(path.join(one, '.crosscheck', 'annotations.jsonld'),
    JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', version: 1, items }));
  // Run from the repository root, not from inside the folder.
  const r = run(['check', '--format', 'json', one]);
  assert.strictEqual(r.status, 0, r.stdout.slice(0, 300) + r.stderr);
  assert.ok(JSON.parse(r.stdout).contradictions.every(c => c.severity !== 'clear'));
  // Two folders: "one" keeps its dismissals, "two" (no store) keeps its findings.
  const both = JSON.parse(run(['check', '--format', 'json', '--fail-on', 'none', 'one', 'two'], base).stdout);
  const clear = both.contradictions.filter(c => c.severity === 'clear');
  assert.ok(clear.length >= 1);
  assert.ok(clear.every(c => c.a.path.startsWith('two/') && c.b.path.startsWith('two/')), JSON.stringify(clear.map(c => [c.a.path, c.b.path])));
});

test('the bin runs as a program: dist/cli.js is executable and starts with a node shebang', { skip: process.platform === 'win32' }, () => {
  const file = path.join(__dirname, '../../dist/cli.js');
  assert.ok(fs.statSync(file).mode & 0o111, 'execute bit set');
  assert.ok(fs.readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node'));
});

test('a Crosscheck export in a folder, or named explicitly, is skipped with a message, never counted as a report', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-export-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'seeds'))) fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, f));
  const md = run(['export', '--format', 'markdown', dir]);
  assert.strictEqual(md.status, 0, md.stderr);
  fs.writeFileSync(path.join(dir, 'crosscheck-contradictions.md'), md.stdout);
  const r = run(['check', '--fail-on', 'none', dir]);
  assert.match(r.stderr, /crosscheck-contradictions\.md: a Crosscheck export, not a report; skipped/);
  assert.match(r.stdout, / in 5 reports$/m);
  const named = run(['check', '--fail-on', 'none', path.join(dir, 'crosscheck-contradictions.md')]);
  assert.match(named.stderr, /a Crosscheck export, not a report/);
});
