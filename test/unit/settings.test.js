// Settings: zod validation with per-setting fallback, and the manifest agreeing with the schema's defaults.
const test = require('node:test');
const assert = require('node:assert');
const { parseSettings, DEFAULT_SETTINGS } = require('../../dist/engine.js');
const manifest = require('../../package.json');

test('valid settings pass through', () => {
  const { settings, problems } = parseSettings({ run: 'onType', severity: { clear: 'error' } });
  assert.deepStrictEqual(problems, []);
  assert.strictEqual(settings.run, 'onType');
  assert.strictEqual(settings.severity.clear, 'error');
  assert.strictEqual(settings.severity.possible, 'information');
});

test('a bad value falls back to its default with one message naming it; the rest still applies', () => {
  const { settings, problems } = parseSettings({ run: 'sometimes', severity: { clear: 'error', possible: 42 } });
  assert.strictEqual(settings.run, 'onSave');
  assert.strictEqual(settings.severity.clear, 'error');
  assert.strictEqual(settings.severity.possible, 'information');
  assert.strictEqual(problems.length, 2);
  assert.match(problems.join('\n'), /crosscheck\.run/);
  assert.match(problems.join('\n'), /crosscheck\.severity\.possible/);
});

test('garbage settings never throw', () => {
  for (const raw of [null, 42, 'x', [], { reports: 'all' }, { reports: { include: [1, 2] } }]) {
    const { settings } = parseSettings(raw);
    assert.ok(settings.reports.include.length > 0);
  }
});

test('the manifest declares every setting with the schema defaults', () => {
  const props = manifest.contributes.configuration.properties;
  assert.deepStrictEqual(props['crosscheck.reports.include'].default, DEFAULT_SETTINGS.reports.include);
  assert.deepStrictEqual(props['crosscheck.reports.exclude'].default, DEFAULT_SETTINGS.reports.exclude);
  assert.strictEqual(props['crosscheck.run'].default, DEFAULT_SETTINGS.run);
  assert.strictEqual(props['crosscheck.severity.clear'].default, DEFAULT_SETTINGS.severity.clear);
  assert.strictEqual(props['crosscheck.severity.possible'].default, DEFAULT_SETTINGS.severity.possible);
  assert.strictEqual(props['crosscheck.semanticHighlighting.enabled'].default, true);
  assert.strictEqual(props['crosscheck.codeLens.enabled'].default, true);
});

test('the default report filter leaves out README/CHANGELOG/LICENSE-like files and tool folders', () => {
  const fs = require('node:fs');
  const os = require('node:os');
  const path = require('node:path');
  const { spawnSync } = require('node:child_process');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-filter-'));
  const files = ['reports/kyiv.txt', 'notes.md', 'brief.markdown', 'README.md', 'docs/CHANGELOG.md', 'LICENSE.txt',
    'node_modules/x/a.md', '.crosscheck/a.md', 'image.png', 'CONTRIBUTING.md'];
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), 'Officials said 3 people were hurt.\n');
  }
  const r = spawnSync(process.execPath, [path.join(__dirname, '../../dist/cli.js'), 'analyze', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  const seen = JSON.parse(r.stdout).documents.map(d => d.path).sort();
  assert.deepStrictEqual(seen, ['brief.markdown', 'notes.md', 'reports/kyiv.txt']);
});
