// Round 20 (dev14a): misses of check-dev14 by class, from invented reports. Each test fails on the build before it.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** A short report with its own title, published on a Monday, one sentence a paragraph. */
function report(path, title, ...sentences) {
  const text = `---\ntitle: ${title}\npublished: 2024-03-11\n---\n${sentences.join('\n\n')}\n`;
  return engine.analyzeText(path, text);
}
const measures = doc => doc.claims.map(c => `${c.quantity.text} ${c.measure.key}`);

test('a turnout of people in a report that names no vote is a crowd', () => {
  const doc = report('a.txt', 'Nurses fill the avenue in Lima',
    'The turnout was 600,000 people, according to the nurses\' union, and 90,000 for the police.');
  assert.deepStrictEqual(measures(doc), ['600,000 people person|crowd', '90,000 person|crowd']);
});

test('a crowd put as a turnout meets another report\'s crowd of the same day', () => {
  const union = report('union.txt', 'Nurses fill the avenue in Lima',
    'The turnout was 600,000 people on Sunday, March 10, according to the nurses\' union.');
  const police = report('police.txt', 'Nurses fill the avenue in Lima',
    'Police said 90,000 people marched in Lima on Sunday, March 10.');
  const found = engine.checkDocuments([union, police]);
  assert.strictEqual(found.length, 1, 'the two counts of the crowd are rivals');
  assert.strictEqual(found[0].severity, 'possible', 'crowd figures stay possible');
});

test('a turnout in a report about a vote stays the voters\' count, and a turnout percentage a vote\'s', () => {
  const vote = report('b.txt', 'Lima votes for its mayor',
    'The turnout in the election was 600,000 people, the election commission said.');
  assert.deepStrictEqual(measures(vote), ['600,000 people person|voted']);
  const share = report('c.txt', 'Nurses fill the avenue in Lima', 'The turnout was 62 percent, the union said.');
  assert.deepStrictEqual(measures(share), ['62 percent percent|turnout']);
});

const quantities = doc => doc.quantities.map(q => `${q.text} ${q.unit} ${q.value}`);

test('a large scale glued by a hyphen is the figure\'s scale, and a currency glued after it its money', () => {
  const doc = report('d.txt', 'Port deal signed',
    'The port will carry a 4.7-billion-euro debt and a $2-billion loan, and pay a 600-million-dollar fee.');
  assert.deepStrictEqual(quantities(doc),
    ['4.7-billion-euro eur 4700000000', '$2-billion usd 2000000000', '600-million-dollar usd 600000000']);
});

test('"half-a-million" is half a million', () => {
  const doc = report('e.txt', 'Farmers march in Lima', 'Organisers spoke of half-a-million marchers in the capital on Sunday.');
  assert.deepStrictEqual(quantities(doc), ['half-a-million marchers marcher 500000']);
});

test('a hyphened money figure meets the same amount written with spaces in another report', () => {
  const a = report('a.txt', 'Port deal signed', 'The port authority owes a 4.7-billion-euro debt, the minister said on Monday, March 11.');
  const b = report('b.txt', 'Port deal signed', 'The port authority owes a debt of 3.1 billion euros, the minister said on Monday, March 11.');
  assert.strictEqual(engine.checkDocuments([a, b]).length, 1);
});

test('a pound glued by a hyphen stays a weight\'s word, and a small scale is no hyphened scale', () => {
  const doc = report('f.txt', 'Fair opens', 'A 20-pound turkey won, and the 5-hundred club met.');
  assert.deepStrictEqual(quantities(doc), ['20-pound pound 20']);
});
