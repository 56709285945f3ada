// A report's tokens are the largest thing an analysis holds from start to end (issue 14): six fields a token took
// about 80 bytes (26 MB for 800 KB of figures), and every collection during the analysis read them again. A token now
// keeps its span and one shared form (text, lower case, part of speech, type); what it reads is unchanged.
// Invented text.
const test = require('node:test');
const assert = require('node:assert');
const v8 = require('node:v8');
const vm = require('node:vm');
const engine = require('../../dist/engine.js');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const REPORT = 'Ministers in Quellbrook said 14 ferries and 14 barges left Varnholm on Tuesday.\n' +
  'Ferries left.  The Varnholm council\u00a0said 2,300 people waited; "ferries" said no one.\n';

test('each token keeps three fields and reads its six as before', () => {
  const { tokens } = engine.tokenize(REPORT);
  assert.ok(tokens.length > 20);
  for (const t of tokens) {
    assert.ok(Object.keys(t).length <= 3, `${Object.keys(t).length} fields on "${t.text}"`);
    assert.strictEqual(t.lower, t.text.toLowerCase());
    assert.ok(t.end >= t.start);
    assert.strictEqual(REPORT.slice(t.start, t.end), t.text, `"${t.text}" at ${t.start}`);
    assert.strictEqual(typeof t.pos, 'string');
    assert.strictEqual(typeof t.type, 'string');
  }
  const ferries = tokens.filter(t => t.lower === 'ferries');
  assert.strictEqual(ferries.length, 3);
  assert.deepStrictEqual(ferries.map(t => t.start), [REPORT.indexOf('ferries'), REPORT.indexOf('Ferries'), REPORT.lastIndexOf('ferries')]);
  // Written out, a token still shows its six fields.
  const t = tokens[1];
  assert.deepStrictEqual(JSON.parse(JSON.stringify(t)), { start: t.start, end: t.end, text: t.text, lower: t.lower, pos: t.pos, type: t.type });
});

test('a token whose span is not its text keeps its own span', () => {
  // A soft hyphen is dropped from the text, not from the span.
  const text = 'The harbour\u00admaster said 12 boats sank.';
  const { tokens } = engine.tokenize(text);
  const word = tokens.find(t => t.text === 'harbourmaster');
  assert.ok(word, tokens.map(t => t.text).join('|'));
  assert.strictEqual(word.start, text.indexOf('harbour'));
  assert.strictEqual(word.end, text.indexOf(' said'));
  const again = engine.tokenize('harbourmaster said 12 boats sank.').tokens[0];
  assert.strictEqual(again.text, 'harbourmaster');
  assert.strictEqual(again.end - again.start, 'harbourmaster'.length);
});

test('a long report of recurring words holds under 70 bytes a token', () => {
  const text = 'About 40 people were killed and 12 injured in Dravmoor on Monday, officials said. '.repeat(3000);
  engine.tokenize(text);
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const { tokens, sentences } = engine.tokenize(text);
  gc();
  gc();
  const bytes = process.memoryUsage().heapUsed - before;
  assert.ok(sentences.length > 0);
  assert.ok(bytes / tokens.length < 70, `${(bytes / tokens.length).toFixed(1)} bytes a token (${tokens.length} tokens)`);
});
