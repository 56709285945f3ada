// Each read forgets the words earlier reads taught wink-nlp (reading-history test), and learning a word again used to
// add one more lexicon entry with its features worked out again, for every unknown word of every report read. A word
// learned before now comes back under its earlier entry (text/tokenizer.ts, relearnWords): a report read again adds
// nothing to the lexicon, and it reads the same tokens, parts of speech and types as the first time. Invented text.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const REPORT = "Flumboria's Quennick-Varst said 1,240 Zorblaxians fled Grivvenholt's QUARNTOWN, the Drellish ministry said. " +
  'Officials in Snorvik and SNORVIK told Plinth-Ovax about 30 stranded Quarnfolk.';
const read = text => engine.tokenize(text).tokens.map(t => [t.start, t.end, t.text, t.lower, t.pos, t.type].join('|'));

test('a report read again adds no lexicon entries and reads the same tokens', () => {
  const first = read(REPORT);
  const after = engine.learnedEntries();
  assert.ok(after > 0, 'the invented words are unknown to the model');
  for (let k = 0; k < 3; k++) assert.deepStrictEqual(read(REPORT), first);
  assert.strictEqual(engine.learnedEntries(), after);
});

test('a word learned in one spelling and met in another reads as in a fresh read', () => {
  // Spellings sharing a lower case, met in other orders in between: each read must find in the table what a fresh read
  // would have (the second spelling finds the lower case the first one added).
  const text = 'BRELLMARK and Brellmark and brellmark: 12 Vossingers, 7 VOSSINGERS.';
  const fresh = read(text);
  read('vossingers alone. Brellmark alone. BRELLMARK.');
  read('VOSSINGERS, then Vossingers; brellmark, then BRELLMARK.');
  assert.deepStrictEqual(read(text), fresh);
  const entries = engine.learnedEntries();
  read(text);
  assert.strictEqual(engine.learnedEntries(), entries);
});
