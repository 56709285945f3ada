// Round 34 (fa34h, issue 10): a site's name read as a party. "Nine died at the Varna General Hospital" named the
// hospital as whose count it was, so it met any unowned toll as a rival; a reader takes the hospital as where the nine
// died, a part of the whole toll. Invented sentences; the first test fails on the build before the rule (claims/scope.ts).
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

const pairs = (a, b) => valuePairs(doc('a.txt', a), doc('b.txt', b));

test('deaths "at the X Hospital" are a part of the whole toll, no rival of it', () => {
  const a = 'Officials said 240 people were killed in the earthquake in Freedonia on Monday.';
  const b = 'Nine people died at the Varna General Hospital on Monday, a doctor said.';
  assert.deepStrictEqual(pairs(a, b), []);
});

test('two counts at the same site still meet', () => {
  const a = 'Twelve people died at the Varna General Hospital on Monday, a doctor said.';
  const b = 'Police said 20 people died at the Varna General Hospital on Monday.';
  assert.deepStrictEqual(pairs(a, b), ['12/20']);
});

// "The rest, 44 percent, went to B": the share's holder stood after "went to", which the frame did not read, so the share
// had no holder and met no rival of its own candidate (claims/frame.ts forHolder).
const SPLIT = 'Jonas Adler took 52 percent of the vote in Sunday\'s election, officials said. The rest, 44 percent, went to Marta Brenn.';

test('a share that "went to" a candidate is that candidate\'s: it meets her own other share', () => {
  assert.deepStrictEqual(pairs(SPLIT, 'Marta Brenn won 47 percent of the vote in Sunday\'s election, observers said.'), ['44/47']);
});

test('trap: a share that went to one candidate is no rival of the other\'s', () => {
  assert.deepStrictEqual(pairs(SPLIT, 'Jonas Adler won 48 percent of the vote in Sunday\'s election, observers said.'), ['48/52']);
});
