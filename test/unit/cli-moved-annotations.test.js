// A workspace copied or moved elsewhere keeps its annotations in the CLI: sources are relative to the folder that holds
// .crosscheck/, and checking a folder inside that workspace, from any working directory, finds the store above it.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const run = (args, cwd) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

const report = (outlet, n) => `---\npublished: 2025-03-03\noutlet: ${outlet}\n---\nThe mayor said ${n} homes were flooded in Coimbra on Tuesday.\n`;

test('a moved workspace keeps its dismissal when a folder inside it is checked from elsewhere', () => {
  const { createDismissal } = require(path.join(ROOT, 'dist/annotations.js'));
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-moved-'));
  const workspace = path.join(base, 'desk');
  const reports = path.join(workspace, 'reports', 'floods');
  fs.mkdirSync(reports, { recursive: true });
  fs.writeFileSync(path.join(reports, 'a.md'), report('Daily A', 120));
  fs.writeFileSync(path.join(reports, 'b.md'), report('Daily B', 310));
  const clear = dir => JSON.parse(run(['check', '--format', 'json', '--fail-on', 'none', dir], base).stdout).contradictions
    .filter(c => c.severity === 'clear');
  const found = clear('desk/reports/floods');
  assert.strictEqual(found.length, 1);
  // Written as the editor writes it for the workspace folder "desk": sources relative to that folder.
  const rel = p => path.relative('desk', p).split(path.sep).join('/');
  const texts = new Map([found[0].a.path, found[0].b.path].map(p => [rel(p), fs.readFileSync(path.join(base, p), 'utf8')]));
  const c = found[0];
  const dismissal = createDismissal({ ...c, a: { ...c.a, path: rel(c.a.path) }, b: { ...c.b, path: rel(c.b.path) } }, texts);
  fs.mkdirSync(path.join(workspace, '.crosscheck'));
  fs.writeFileSync(path.join(workspace, '.crosscheck', 'annotations.jsonld'),
    JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', version: 1, items: [dismissal] }));
  assert.strictEqual(clear('desk/reports/floods').length, 0, 'dismissed in place');
  // The workspace moves; the folder inside it is checked from an unrelated working directory.
  const moved = path.join(base, 'archive', 'desk-2025');
  fs.mkdirSync(path.dirname(moved));
  fs.renameSync(workspace, moved);
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cwd-'));
  const r = run(['check', '--format', 'json', path.join(moved, 'reports', 'floods')], elsewhere);
  assert.strictEqual(r.status, 0, r.stdout.slice(0, 300) + r.stderr);
  assert.ok(JSON.parse(r.stdout).contradictions.every(x => x.severity !== 'clear'));
});
