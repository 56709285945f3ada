// Round 45 (softwrap45, issue 10): reports hard-wrapped at a fixed width (pasted from e-mail or PDFs) carry a newline
// inside their sentences. text/softWrap.ts decides once per report which newlines are soft; the engine reads them as
// spaces. Invented sentences; the claim tests fail on the build before this round (the figure lost its unit, its
// subject or its date at the wrap).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const WRAPPED = [
  'The regional election board said on Tuesday that the ruling Harbour Alliance had taken 41.2',
  'percent of the ballots cast in the northern districts, a gain on the count of the last vote.',
  '',
  'Officials of the board added that the turnout in the coastal provinces reached about 63 percent',
  'of registered voters, up from the count the board gave for the provincial vote held in March.',
  '',
  'A spokesman for the opposition Lantern Party said his own tally showed the party ahead in three',
  'of the five provinces and that the board had not counted ballots from the island constituencies.',
].join('\n');
const ONE_LINE = WRAPPED.split('\n\n').map(p => p.replace(/\n/g, ' ')).join('\n\n');

test('a newline inside a sentence of a report wrapped at a fixed width is soft', () => {
  const breaks = engine.softBreaks(WRAPPED);
  assert.deepStrictEqual(breaks.map(b => WRAPPED.slice(WRAPPED.lastIndexOf(' ', b) + 1, b)), ['41.2', 'percent', 'three']);
  for (const b of breaks) assert.strictEqual(WRAPPED[b], '\n');
});

test('a line ending a sentence, a list item, a heading and a short line end where their writer ended them', () => {
  const text = [
    '# Results of the regional vote in the northern districts and the coastal provinces of the',
    WRAPPED,
    'The board listed these totals for the parties that passed the threshold in the north:',
    '- Harbour Alliance 41.2 percent of the ballots in the northern districts of the region and',
    '- Lantern Party 30.5 percent',
    'Short line',
    'then more.',
  ].join('\n');
  const soft = new Set(engine.softBreaks(text));
  const lineEnds = [...text.matchAll(/\n/g)].map(m => m.index);
  const line = k => text.slice(k + 1, text.indexOf('\n', k + 1));
  for (const k of lineEnds) {
    const next = line(k);
    const before = text.slice(text.lastIndexOf('\n', k - 1) + 1, k);
    if (/^(- |#)/.test(next) || before.startsWith('#') || /[.:]$/.test(before) || before.length < 60 || !next) {
      assert.ok(!soft.has(k), `hard break after «${before}»`);
    }
  }
});

test('a report written a paragraph to a line has no soft breaks', () => {
  assert.deepStrictEqual(engine.softBreaks(ONE_LINE), []);
  assert.deepStrictEqual(engine.softBreaks('A headline of a report that runs on for more than sixty characters\nThe body.'), []);
});

test('unwrapping keeps every offset', () => {
  const u = engine.unwrapSoftBreaks(WRAPPED.replace(/\n/g, '\r\n'));
  assert.strictEqual(u.length, WRAPPED.replace(/\n/g, '\r\n').length);
  assert.ok(u.includes('41.2  percent'));
});

const claims = text => engine.analyzeText('a.txt', `---\npublished: 2025-03-04\n---\n${text}\n`).claims
  .map(c => `${c.quantity.text.replace(/\s+/g, ' ')}|${c.measure.key}|${c.scope}|${c.source?.id ?? '-'}`).sort();

test('a wrapped report reads as the same report written a paragraph to a line', () => {
  assert.deepStrictEqual(claims(WRAPPED), claims(ONE_LINE));
});

test('a figure keeps the unit written after the wrap', () => {
  assert.ok(claims(WRAPPED).some(c => c.startsWith('41.2 percent|percent')), claims(WRAPPED).join('\n'));
});
