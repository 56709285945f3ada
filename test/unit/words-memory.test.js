// A report of many words or figures keeps per-word and per-claim objects small: what a word's text alone decides is
// shared by every word of that text, and a claim's list of inferred frame parts is one frozen list per combination.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { loadSource } = require('./tsModule');

const { scanWords } = loadSource('server/src/engine/entities/words.ts');
const { PUNCT } = loadSource('server/src/engine/entities/lexicon.ts');

function scan(text) {
  const { prepared } = engine.prepare(text);
  return scanWords(prepared).words;
}

test('words keep their own offsets and flags, and read what their text decides from one shared record', () => {
  const text = 'Marguerite’s cousins met in Tbilisi. Later, the cousins left.\n';
  const words = scan(text);
  const texts = words.map(w => w.text);
  assert.deepStrictEqual(texts, ['Marguerite', 'cousins', 'met', 'in', 'Tbilisi', '.', 'Later', ',', 'the', 'cousins', 'left', '.']);
  const [name, cousins] = words;
  assert.strictEqual(name.poss, true);
  assert.strictEqual(name.first, true);
  assert.strictEqual(name.cap, true);
  assert.strictEqual(name.lower, 'marguerite');
  assert.strictEqual(cousins.first, false);
  assert.strictEqual(cousins.poss, false);
  assert.strictEqual(words[6].first, true, '"Later" opens the second sentence');
  const comma = words[7];
  assert.strictEqual(comma.punct, true);
  assert.strictEqual(comma.flags, PUNCT);
  assert.strictEqual(comma.key, null);
  assert.strictEqual(comma.fold, ',');
  assert.strictEqual(comma.cap, false);
  // The two "cousins" share one lower-case key, so a pass can mark the form once.
  assert.strictEqual(words[1].key, words[9].key);
  assert.strictEqual(words[1].start, text.indexOf('cousins'));
  assert.strictEqual(words[9].start, text.lastIndexOf('cousins'));
  assert.strictEqual(words[9].end, text.lastIndexOf('cousins') + 'cousins'.length);
  // Seven fields a word, not fourteen: the per-text parts are not copied into every word.
  for (const w of words) assert.ok(Object.keys(w).length <= 7, `${Object.keys(w).length} fields on "${w.text}"`);
});

test('a word keeps five fields: its POS tag, its gap and its flags share one number', () => {
  const text = 'Police\u2000said\ufeff 40\u3000people died.  The  mayor\u00a0wept.\n\nIn Lagos, rain fell.';
  const words = scan(text);
  for (const w of words) assert.ok(Object.keys(w).length <= 5, `${Object.keys(w).length} fields on "${w.text}"`);
  const { tokens } = engine.prepare(text).prepared;
  let gapStart = 0;
  for (const w of words) {
    // What the word reads back is what the text holds: the characters before it (at most four), the POS tag of the
    // token starting with it.
    assert.strictEqual(w.gap, text.slice(gapStart, Math.min(w.start, gapStart + 4)), `gap before "${w.text}"`);
    const t = tokens.find(k => k.start === w.start);
    assert.strictEqual(w.pos, t ? t.pos : '', `POS of "${w.text}"`);
    gapStart = w.end + (w.poss ? 2 : 0);
  }
  assert.strictEqual(words.find(w => w.text === '40').gap, ' ');
  assert.strictEqual(words.find(w => w.text === 'The').gap, '  ');
  assert.strictEqual(words.find(w => w.text === 'In').gap, '\n\n');
  assert.strictEqual(words.find(w => w.text === 'In').first, true);
});

test('claims with the same inferred frame parts share one frozen list', () => {
  const { claims } = engine.analyzeText('r.txt', 'EUR 12 million $4bn £7 US$ 30 '.repeat(3));
  const withParts = claims.filter(c => c.detail.inferred?.length);
  assert.ok(withParts.length >= 2, `${withParts.length} claims with inferred parts`);
  const [a, b] = withParts.filter(c => c.detail.inferred.join() === withParts[0].detail.inferred.join());
  assert.ok(b, 'two claims with the same inferred parts');
  assert.strictEqual(a.detail.inferred, b.detail.inferred);
  assert.ok(Object.isFrozen(a.detail.inferred));
  assert.throws(() => { 'use strict'; a.detail.inferred.push('time'); }, TypeError);
});

test('a word keeps three fields: its offsets share one number and its text is its shared record\'s', () => {
  // Words of every length the scan keeps (one mark, a 64-letter run and its closing dot of "a.b.", a possessive),
  // far into a report, read back the offsets and text the report holds.
  const long = 'Q'.repeat(64);
  const text = `${'Lorem ipsum, dolor. '.repeat(5000)}Ana\u2019s ${long} U.S.A. paid $2bn (\u00a3 5).\n`;
  const words = scan(text);
  for (const w of words) assert.ok(Object.keys(w).length <= 3, `${Object.keys(w).length} fields on "${w.text}"`);
  const tail = words.slice(-11);
  assert.deepStrictEqual(tail.map(w => w.text), ['Ana', long, 'U.S.A.', 'paid', '$', '2bn', '(', '£', '5', ')', '.']);
  for (const w of words) assert.strictEqual(text.slice(w.start, w.end), w.text, `offsets of "${w.text}" at ${w.start}`);
  assert.strictEqual(tail[0].poss, true);
  // Words of one text share its string through the shared record.
  assert.strictEqual(words[0].text, words[5].text);
});
