// A cold start over many reports: the Problems panel fills as reports finish, and the progress says how many are done.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LspHarness } = require('./lspHarness');

const SEEDS = path.join(__dirname, '../../seeds');

test('on a cold start, diagnostics for the reports indexed so far arrive before the indexing progress ends', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cold-'));
  const seeds = fs.readdirSync(SEEDS).filter(f => f.endsWith('.txt'));
  for (let i = 0; i < 40; i++) for (const f of seeds) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, `${String(i).padStart(2, '0')}-${f}`));
  const total = 40 * seeds.length;
  const lsp = await LspHarness.start({ root: dir });
  try {
    await lsp.waitFor(() => lsp.statuses.find(s => s.state === 'idle' && s.reports === total), 'indexing', 300000);
    const begin = lsp.events.find(e => e.type === 'progress' && e.value.kind === 'begin' && /Indexing/.test(e.value.message ?? ''));
    assert.ok(begin, 'an indexing progress began');
    const end = lsp.events.findIndex(e => e.type === 'progress' && e.token === begin.token && e.value.kind === 'end');
    assert.ok(end > 0, 'the indexing progress ended');
    const before = lsp.events.slice(0, end).filter(e => e.type === 'diagnostics' && e.count > 0);
    assert.ok(before.length > 0, 'some reports had their diagnostics before the progress ended');
    // The progress says how many reports are done, on the way.
    const counts = lsp.events.slice(0, end).filter(e => e.type === 'progress' && e.token === begin.token)
      .map(e => /Indexing (\d+)\/(\d+) reports/.exec(e.value.message ?? '')).filter(Boolean);
    assert.ok(counts.some(m => Number(m[1]) > 0 && Number(m[1]) < total && Number(m[2]) === total), 'the progress reports how many are done');
  } finally {
    await lsp.stop();
  }
});
