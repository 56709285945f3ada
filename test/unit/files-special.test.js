// Only regular files are reports or stores: pipes, devices and links out of the workspace are skipped with a
// reason, never read (a FIFO blocks a reader forever, /dev/zero never ends). Each case runs the real CLI or
// library in a child process with a deadline, so a hang fails the test instead of hanging the suite.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync, execFileSync } = require('node:child_process');

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const REPORT = 'Officials said 12 people were killed in Kharkiv on Monday.\n';
const DEADLINE_MS = 20_000;
const posix = process.platform !== 'win32';
const hasDevZero = posix && fs.existsSync('/dev/zero');

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-special-'));
const cli = (args, cwd) =>
  spawnSync(process.execPath, ['--max-old-space-size=512', CLI, ...args], { cwd, encoding: 'utf8', timeout: DEADLINE_MS });
const mkfifo = file => execFileSync('mkfifo', [file]);

test('a FIFO named on the command line is skipped with a clear message, not waited on', { skip: !posix }, () => {
  const dir = tmp();
  mkfifo(path.join(dir, 'pipe.txt'));
  fs.writeFileSync(path.join(dir, 'report.txt'), REPORT);
  const r = cli(['analyze', 'pipe.txt', 'report.txt'], dir);
  assert.strictEqual(r.signal, null, 'the CLI hung on the FIFO and was killed');
  assert.strictEqual(r.status, 0, r.stderr);
  assert.match(r.stderr, /pipe\.txt: a named pipe \(FIFO\), not a regular file; skipped/);
  assert.match(r.stdout, /report\.txt/);
});

test('a FIFO and a device link found in a folder are reported as skipped, the reports still read', { skip: !hasDevZero }, () => {
  const dir = tmp();
  mkfifo(path.join(dir, 'pipe.txt'));
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
  fs.writeFileSync(path.join(dir, 'report.txt'), REPORT);
  const r = cli(['analyze', '--format', 'json', '.'], dir);
  assert.strictEqual(r.signal, null, 'the CLI hung or ballooned');
  assert.strictEqual(r.status, 0, r.stderr);
  assert.match(r.stderr, /pipe\.txt: a named pipe/);
  assert.match(r.stderr, /zero\.txt: a symbolic link leading outside the workspace \(to \/dev\/zero\); not followed/);
  assert.deepStrictEqual(JSON.parse(r.stdout).documents.map(d => d.path), ['report.txt']);
});

test('/dev/zero named on the command line (a link to it, or itself) is refused at once', { skip: !hasDevZero }, () => {
  const dir = tmp();
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
  for (const target of ['zero.txt', '/dev/zero']) {
    const r = cli(['analyze', target], dir);
    assert.strictEqual(r.signal, null, `${target}: the CLI read /dev/zero`);
    assert.match(r.stderr, /a (symbolic link to a )?device, not a regular file; skipped/);
  }
});

test('a link to a report outside the folder is not followed; one inside is read', { skip: !posix }, () => {
  const outside = tmp();
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'Officials said 99 people were killed in Odesa on Monday.\n');
  const dir = tmp();
  fs.mkdirSync(path.join(dir, 'reports'));
  fs.writeFileSync(path.join(dir, 'reports', 'a.txt'), REPORT);
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'out.txt'));
  fs.symlinkSync(path.join(dir, 'reports', 'a.txt'), path.join(dir, 'alias.txt'));
  const r = cli(['analyze', '--format', 'json', '.'], dir);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.match(r.stderr, /out\.txt: a symbolic link leading outside the workspace \(to .*secret\.txt\); not followed/);
  const docs = JSON.parse(r.stdout).documents;
  assert.deepStrictEqual(docs.map(d => d.path), ['alias.txt', 'reports/a.txt']);
  assert.ok(!r.stdout.includes('99'), 'the outside report was read');
});

test('the CLI does not read a store that is a link to /dev/zero', { skip: !hasDevZero }, () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'report.txt'), REPORT);
  fs.mkdirSync(path.join(dir, '.crosscheck'));
  fs.symlinkSync('/dev/zero', path.join(dir, '.crosscheck', 'annotations.jsonld'));
  const r = cli(['check', '--fail-on', 'none', '.'], dir);
  assert.strictEqual(r.signal, null, 'the CLI read /dev/zero as the annotation store');
  assert.strictEqual(r.status, 0, r.stderr);
  assert.match(r.stderr, /annotations\.jsonld: a symbolic link leading outside the workspace \(to \/dev\/zero\)/);
});

test('the store refuses a link to /dev/zero: read-only with a problem, the link left alone', { skip: !hasDevZero }, () => {
  const dir = tmp();
  fs.mkdirSync(path.join(dir, '.crosscheck'));
  const file = path.join(dir, '.crosscheck', 'annotations.jsonld');
  fs.symlinkSync('/dev/zero', file);
  const lib = path.join(ROOT, 'dist/annotations.js');
  const script = `
    const A = require(${JSON.stringify(lib)});
    const s = new A.AnnotationStore(process.argv[1]);
    const a = A.createAnnotation({ source: 'a.txt', text: 'x'.repeat(20), start: 0, end: 5, body: { type: 'TextualBody', value: 'n' } });
    s.put(a).then(() => console.log('written'), e => console.log(JSON.stringify({ writable: s.writable, problems: s.problems().map(p => p.message), error: e.message })));`;
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', '-e', script, dir], { encoding: 'utf8', timeout: DEADLINE_MS });
  assert.strictEqual(r.signal, null, 'the store read /dev/zero');
  const out = JSON.parse(r.stdout);
  assert.strictEqual(out.writable, false);
  assert.match(out.problems[0], /outside the workspace \(to \/dev\/zero\); not followed; Crosscheck will not read or write it/);
  assert.ok(fs.lstatSync(file).isSymbolicLink(), 'the link was replaced');
});

test('reading never trusts the size stat gives: /proc files are read whole, a file over the limit refused', { skip: !fs.existsSync('/proc/self/status') }, () => {
  const R = require(path.join(ROOT, 'dist/reports.js'));
  const proc = R.readFileBytes('/proc/self/status', { maxBytes: 1 << 20 });
  assert.strictEqual(fs.statSync('/proc/self/status').size, 0);
  assert.ok(proc.ok && proc.bytes.toString().includes('Pid:'), 'a /proc file reads as empty');
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(1025));
  const big = R.readFileBytes(path.join(dir, 'big.txt'), { maxBytes: 1024 });
  assert.deepStrictEqual([big.ok, /larger than 1\.0 MB|larger than/.test(big.reason)], [false, true]);
  assert.ok(R.readFileBytes(path.join(dir, 'big.txt'), { maxBytes: 1025 }).ok);
});
