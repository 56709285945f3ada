// The analysis cache (`crosscheck check --cache DIR`, and the server's warm start): entries are used when they match
// the very text and engine build, and a corrupt or foreign cache is ignored and rebuilt, never trusted or fatal.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FLOOD = path.join(ROOT, 'test/fixtures/check/flood');
const check = (...extra) => spawnSync(process.execPath, [CLI, 'check', FLOOD, '--format', 'json', '--fail-on', 'none', ...extra], { cwd: ROOT, encoding: 'utf8' });
const entries = dir => fs.readdirSync(dir, { recursive: true }).filter(f => f.endsWith('.json')).map(f => path.join(dir, f));

test('a second run reads every analysis from the cache and prints the same', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-'));
  const plain = check();
  const first = check('--cache', dir);
  assert.strictEqual(first.stdout, plain.stdout);
  const files = entries(dir);
  assert.strictEqual(files.length, 3);
  // A valid entry is what the run uses: a figure changed inside one shows up in the output.
  const e = JSON.parse(fs.readFileSync(files[0], 'utf8'));
  const q = e.analysis.quantities[0];
  q.low = q.high = 123456;
  fs.writeFileSync(files[0], JSON.stringify(e));
  assert.match(check('--cache', dir).stdout, /123456/);
});

test('corrupt, truncated and foreign entries are ignored and rewritten', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cache-'));
  const plain = check();
  check('--cache', dir);
  const [a, b, c] = entries(dir);
  // A well-formed entry of another report copied over this one; then one garbled, one cut short.
  fs.writeFileSync(c, fs.readFileSync(b, 'utf8'));
  fs.writeFileSync(a, '\u0000\u0001 not json');
  fs.writeFileSync(b, fs.readFileSync(b, 'utf8').slice(0, 100));
  const r = check('--cache', dir);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, plain.stdout);
  for (const f of entries(dir)) assert.doesNotThrow(() => JSON.parse(fs.readFileSync(f, 'utf8')), f);
});
