// Quantities in news nobody tuned for (round 23, issues 10 and 11): the classes an audit of unannotated news (TimeBank,
// AQUAINT, PolNeAR and CoNLL-2003 training text) left with no quantity. Every sentence here is invented; each
// assertion failed on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

/** The claims of a one-report text: "figure|measure key", with "|yardstick" for a figure the check does not pair. */
function claims(text) {
  const doc = engine.analyzeText('audit23.txt', `---\npublished: 2023-03-14\n---\n${text}\n`);
  return doc.claims.map(c => `${c.quantity.text}|${c.measure.key}${c.detail.yardstick ? '|yardstick' : ''}`);
}

test('a glued hyphen compound inside the counted phrase does not end it', () => {
  assert.deepStrictEqual(brief('The ministry counted 2.3 million foreign-born residents in the region.'),
    ['2.3 million foreign-born residents|2300000|2300000|resident']);
  assert.deepStrictEqual(brief('The survey reached 1,450 randomly-chosen households.'),
    ['1,450 randomly-chosen households|1450|1450|household']);
  assert.deepStrictEqual(brief('The port sent 600 well-equipped firefighters.'),
    ['600 well-equipped firefighters|600|600|firefighter']);
  // A compound whose word after it is a verb is no modifier: the bare figure stays unread as before.
  assert.deepStrictEqual(brief('About 300 well-wishers gathered outside.'), []);
});

test('a hedged share standing as its clause subject is a share', () => {
  assert.deepStrictEqual(brief('Of the farmers polled, nearly half said the drought had cut their yield.'),
    ['nearly half|0.45|0.5|fraction']);
  assert.deepStrictEqual(brief('More than a third are over 65.'), ['More than a third|0.3333333333|null|fraction']);
  // No hedge, or an ordinal slot: no share.
  assert.deepStrictEqual(brief('The party finished third in the vote.'), []);
  assert.deepStrictEqual(brief('The loaf was cut in half.'), []);
});

test('"twice"/"thrice" before "as" or a determiner are multiples; "double digits" and a verb "double" are not', () => {
  assert.deepStrictEqual(brief('The new plant uses twice as much water.'), ['twice|2|2|times']);
  assert.deepStrictEqual(brief('The fund paid out more than twice the amount it raised.'), ['more than twice|2|null|times']);
  assert.deepStrictEqual(brief('The striker scored twice before the break.'), []);
  assert.deepStrictEqual(brief('The council wants to double the number of buses.'), []);
});

test('the figure after a multiple is its base, a yardstick the check does not pair', () => {
  const text = 'The audit put the cost at 9 billion dollars, more than double the official estimate of 4 billion dollars. ' +
    'The audit put the cost at 9 billion dollars, about three times the ministry figure of 3 billion dollars.';
  const got = claims(text);
  assert.ok(got.includes('4 billion dollars|usd|cost|yardstick'), got.join('; '));
  assert.ok(got.includes('3 billion dollars|usd|cost|yardstick'), got.join('; '));
  // The figure measured against it stays a claim of its own.
  assert.ok(got.some(c => c.startsWith('9 billion dollars|') && !c.endsWith('|yardstick')), got.join('; '));
});

test('"a handful of" is a small vague count of its noun', () => {
  assert.deepStrictEqual(brief('Only a handful of deputies voted against the bill.'), ['a handful of deputies|2|9|deputy']);
  assert.deepStrictEqual(brief('There were only a handful.'), []);
});

test('people who showed up, turned up or streamed in are counted, past an -ly adverb', () => {
  assert.deepStrictEqual(brief('Thousands showed up for the vigil.'), ['Thousands|2000|9999|person']);
  assert.deepStrictEqual(brief('Some 4,000 turned up at the stadium.'), ['Some 4,000|3600|4400|person']);
  assert.deepStrictEqual(brief('Hundreds quietly streamed into the square.'), ['Hundreds|200|999|person']);
});

test('people who turned up are a crowd, not what befell others in a relative clause', () => {
  const got = claims('Some 8,000 turned up in the village where the two brothers were killed.');
  assert.ok(got.includes('Some 8,000|person|crowd'), got.join('; '));
});

test('points of a margin: "a 12-point lead", "a five-point edge"; "a five-point plan" is no figure', () => {
  assert.deepStrictEqual(brief('The mayor holds a 12-point lead in the latest poll.'), ['12-point|12|12|point']);
  assert.deepStrictEqual(brief('She has a five-point edge among women.'), ['five-point|5|5|point']);
  assert.deepStrictEqual(brief('The minister unveiled a five-point plan.'), []);
});

test('two modifiers joined by "and"/"or" before the head stay in the counted phrase', () => {
  assert.deepStrictEqual(brief('The inquiry heard nine current and former border officials.'),
    ['nine current and former border officials|9|9|official']);
  assert.deepStrictEqual(brief('The museum holds more than 40 local and foreign paintings.'),
    ['more than 40 local and foreign paintings|40|null|painting']);
  // After the head, "and" starts the next figure's phrase.
  assert.deepStrictEqual(brief('The convoy carried 120 medics and 15 trucks.'), ['120 medics|120|120|medic', '15 trucks|15|15|truck']);
});
