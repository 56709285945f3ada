// `npm run bench -- --scale N`: the figures of the 10,000-report table, on a corpus of N copies of the project's own
// reports (bench/corpus.js): CLI check time and peak RSS, language server cold and warm open → all diagnostics,
// edit + save → diagnostics, hover, growth per doubling, and words/s against bare wink-nlp on the same corpus.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { buildCorpus, writeCorpus } = require('./corpus');

const ROOT = path.join(__dirname, '..');
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const secs = ms => `${(ms / 1000).toFixed(1)} s`;

function wordsPerSecond(reports) {
  const engine = require('../dist/engine.js');
  const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
  const words = reports.reduce((n, r) => n + r.text.split(/\s+/).filter(Boolean).length, 0);
  // Warm both sides on a slice first, then one timed pass each over the whole corpus.
  for (const r of reports.slice(0, 200)) { nlp.readDoc(r.text); engine.analyzeText(r.path, r.text); }
  global.gc?.();
  let t = performance.now();
  for (const r of reports) nlp.readDoc(r.text);
  const wink = performance.now() - t;
  global.gc?.();
  t = performance.now();
  for (const r of reports) engine.analyzeText(r.path, r.text);
  const ours = performance.now() - t;
  const ws = words / (wink / 1000);
  const es = words / (ours / 1000);
  console.log(`words/s, engine vs bare wink-nlp readDoc : ${Math.round(es).toLocaleString('en-US')} vs ${Math.round(ws).toLocaleString('en-US')} (ratio ${(es / ws).toFixed(2)}, ${words.toLocaleString('en-US')} words)`);
}

function cliCheck(dir, extra = []) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', path.join(__dirname, 'rss-probe.js'), path.join(ROOT, 'dist/cli.js'), 'check', dir,
    '--format', 'json', '--fail-on', 'none', ...extra], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = performance.now() - t;
  const rss = Number(/maxrss-kb (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  if (r.status !== 0) throw new Error(`crosscheck check failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return { ms, rss, findings: JSON.parse(r.stdout).contradictions.length };
}

async function serverFigures(dir, n, reports) {
  const { LspHarness } = require('../test/protocol/lspHarness');
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-storage-'));
  const open = async () => {
    const t = performance.now();
    const lsp = await LspHarness.start({ root: dir, initializationOptions: { storagePath: storage } });
    await lsp.waitFor(() => lsp.statuses.find(s => s.state === 'idle' && s.reports === n), 'all diagnostics', 900000);
    const ms = performance.now() - t;
    // A warm start publishes the last session's diagnostics first; its own check ends later (lastCheckMs set).
    await lsp.waitFor(() => lsp.statuses.find(s => s.state === 'idle' && s.reports === n && s.lastCheckMs !== null), 'own check', 900000);
    return { lsp, ms, checked: performance.now() - t };
  };
  const cold = await open();
  await cold.lsp.stop();
  const warm = await open();
  const lsp = warm.lsp;
  console.log(`server open → all diagnostics, cold / warm : ${secs(cold.ms)} / ${secs(warm.ms)} (warm start's own check done at ${secs(warm.checked)})`);
  const file = reports.find(r => /\d+ people/.test(r.text)) ?? reports[0];
  const uri = lsp.uri(file.path);
  await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: file.text } });
  const lines = file.text.split('\n');
  const figures = [];
  lines.forEach((l, line) => { for (const m of l.matchAll(/\d+/g)) figures.push({ line, character: m.index }); });
  const hovers = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    await lsp.request('textDocument/hover', { textDocument: { uri }, position: figures[i % figures.length] });
    hovers.push(performance.now() - t);
  }
  const edits = [];
  for (let i = 0; i < 25; i++) {
    const before = lsp.statuses.length;
    const text = file.text.replace(/(\d+) people/, `${100 + i} people`);
    const t = performance.now();
    await lsp.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text }] });
    await lsp.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await lsp.waitFor(() => lsp.statuses.slice(before).find(s => s.state === 'idle'), 'diagnostics after save', 120000);
    edits.push(performance.now() - t);
  }
  console.log(`edit + save → diagnostics p50 / p95      : ${pct(edits, 0.5).toFixed(0)} / ${pct(edits, 0.95).toFixed(0)} ms`);
  console.log(`hover p50 / p95                          : ${pct(hovers, 0.5).toFixed(1)} / ${pct(hovers, 0.95).toFixed(1)} ms`);
  await lsp.stop();
  fs.rmSync(storage, { recursive: true, force: true });
}

async function scale(n) {
  const reports = buildCorpus(n);
  const mb = reports.reduce((k, r) => k + Buffer.byteLength(r.text), 0) / 1e6;
  console.log(`\n## Scale: ${n.toLocaleString('en-US')} reports (${mb.toFixed(1)} MB, copies of the project's reports, figures and dates perturbed)`);
  const dirs = [];
  const growth = [];
  for (const k of [Math.ceil(n / 4), Math.ceil(n / 2), n]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `crosscheck-scale-${k}-`));
    dirs.push(dir);
    writeCorpus(dir, reports.slice(0, k));
    const r = cliCheck(dir);
    growth.push(r.ms);
    if (k === n) console.log(`crosscheck check, ${n} reports            : ${secs(r.ms)}, ${r.rss.toFixed(0)} MB peak RSS, ${r.findings} findings`);
  }
  console.log(`growth per doubling (CLI check)          : ×${(growth[1] / growth[0]).toFixed(2)}, ×${(growth[2] / growth[1]).toFixed(2)} (${growth.map(secs).join(' → ')})`);
  await serverFigures(dirs[2], n, reports);
  wordsPerSecond(reports);
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
}

module.exports = { scale };
