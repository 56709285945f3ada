// Round 31 (issue 14): lighter per-word records. A scanned word is its span and a form shared by every word of the
// same text, flags, POS tag and gap; what it reads back is unchanged.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { loadSource } = require('./tsModule');

const { scanWords } = loadSource('server/src/engine/entities/words.ts');

function scan(text) {
  const { prepared } = engine.prepare(text);
  return scanWords(prepared).words;
}

test('a word holds two fields, and words of one text and bits share one form', () => {
  const text = 'The river rose. The river fell. The river rose again.\n';
  const words = scan(text);
  for (const w of words) assert.ok(Object.keys(w).length <= 2, `${Object.keys(w).length} fields on "${w.text}"`);
  const rivers = words.filter(w => w.text === 'river');
  assert.strictEqual(rivers.length, 3);
  const forms = new Set(rivers.map(w => w.form));
  assert.strictEqual(forms.size, 1, 'the three "river" words share one form');
  assert.deepStrictEqual(rivers.map(w => w.start), [4, 20, 36]);
  assert.deepStrictEqual(words.filter(w => w.text === 'The').map(w => w.first), [true, true, true]);
});

test('one word met with many different gaps reads back each gap (forms past the chain cap are the word own)', () => {
  // Gaps of four characters drawn from three blanks: far more combinations than a text's chain holds.
  const blanks = [' ', '\t', '\u00a0'];
  const parts = [];
  for (let k = 0; k < 64; k++) {
    const gap = [1, 3, 9, 27].map(d => blanks[Math.floor(k / d) % 3]).join('');
    parts.push(gap, 'word');
  }
  const text = `${parts.join('')}.\n`;
  const words = scan(text).filter(w => w.text === 'word');
  assert.strictEqual(words.length, 64);
  let at = 0;
  for (const w of words) {
    const gapStart = text.indexOf('word', at) - 4;
    assert.strictEqual(w.gap, text.slice(gapStart, gapStart + 4), `gap before the word at ${w.start}`);
    assert.strictEqual(w.start, gapStart + 4);
    at = w.end;
  }
});
