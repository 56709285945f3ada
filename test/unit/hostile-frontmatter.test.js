// Front matter with very many keys (issue 14, item 9): read in linear time, its fields kept, the user told.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const frontMatter = (n, line) => {
  const lines = ['title: Floods in the north', 'published: 2025-01-12', 'outlet: Reuters'];
  for (let i = 0; i < n; i++) lines.push(line(i));
  return `---\n${lines.join('\n')}\n---\nAt least 40 people were killed on Sunday, officials said.\n`;
};

// The test timeout is a watchdog (npm run bench measures speed): the YAML parser took 90 s here, linear reading a second.
test('front matter with 100k keys keeps its top-level fields and says it was read line by line', { timeout: 120_000 }, () => {
  for (const line of [i => `k${i}: ${i}`, i => `"k${i}": "v"`, i => `k${i}:\n  n: 1`]) {
    const text = frontMatter(100_000, line);
    const a = engine.analyzeText('r.md', text);
    assert.strictEqual(a.published, '2025-01-12');
    assert.strictEqual(a.outlet, 'Reuters');
    assert.ok(a.warnings.some(w => /front matter has \d+ lines/.test(w)), String(a.warnings));
    assert.strictEqual(a.quantities[0]?.low, 40, 'the body is still read');
  }
});

test('ordinary front matter still goes through the YAML parser', () => {
  const r = engine.readFrontMatter('---\ntitle: "Quoted: title"\npublished: 2025-01-12\ntags:\n  - a\n---\nBody');
  assert.strictEqual(r.error, null);
  assert.strictEqual(r.data.title, 'Quoted: title');
  assert.strictEqual(r.data.published, '2025-01-12');
});

test('a long front matter read line by line still finds each field under its other names, first one winning', () => {
  const lines = [];
  for (let i = 0; i < 1500; i++) lines.push(`k${i}: ${i}`);
  lines.push('source: Daily Ledger', 'date: 2024-03-09', 'link: https://example.org/a', 'publisher: Ignored Later', 'title: Late title');
  const r = engine.readFrontMatter(`---\n${lines.join('\n')}\n---\nBody`);
  assert.deepStrictEqual(r.data, { title: 'Late title', outlet: 'Daily Ledger', published: '2024-03-09', url: 'https://example.org/a' });
  assert.match(r.error, /front matter has \d+ lines/);
});

test('a long front matter: a key on the first line, CRLF line ends, quotes, indented and repeated keys', () => {
  const lines = ['title: "First title"', '  published: 1999-01-01'];
  for (let i = 0; i < 1500; i++) lines.push(`k${i}: word`);
  lines.push('published: 2024-03-09', 'published: 2020-01-01', "outlet: 'Daily Ledger'", 'title: Second title');
  const r = engine.readFrontMatter(`---\r\n${lines.join('\r\n')}\r\n---\r\nBody`);
  assert.deepStrictEqual(r.data, { title: 'First title', outlet: 'Daily Ledger', published: '2024-03-09', url: undefined });
  assert.match(r.error, /front matter has \d+ lines/);
  // Plain `key: word` lines over the limit are read the same way (they used to fill a dictionary of every key).
  const plain = engine.readFrontMatter(`---\n${lines.slice(2, 1502).join('\n')}\ntitle: Plain\n---\nBody`);
  assert.strictEqual(plain.data.title, 'Plain');
  assert.match(plain.error, /front matter has \d+ lines/);
});
