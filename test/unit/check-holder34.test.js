// Round 34 (holder34, issue 10): holders and places a figure does not have, read from a neighbouring clause, a source
// or an aside. Invented sentences; each finding test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, report, valuePairs } = require('./claimReports');

const placesOf = (text, figure) => claimsOf(report('2025-03-04', text)).find(c => c.quantity.text.includes(figure))
  ?.scope.filter(id => id.startsWith('place:') || id.startsWith('country:'));

test('a distance is of the place named before its comma, even inside the source: "Residents of Chartres, ... 50 miles"', () => {
  const text = 'Residents of Chartres, a town of 40,000 about 50 miles southwest of Paris, said they had no water.';
  assert.deepStrictEqual(placesOf(text, '50 miles')?.sort(), ['place:chartres', 'place:paris']);
  const aside = 'Villagers in Chartres, about 50 miles southwest of Paris, said they had no water.';
  assert.deepStrictEqual(placesOf(aside, '50 miles')?.sort(), ['place:chartres', 'place:paris']);
});

test('a distance is of the place its sentence places: "Chartres is 60 miles" names where, not a party', () => {
  const a = 'Officials said the flooding hit Chartres, about 50 miles southwest of Paris, on Monday.';
  const b = 'Chartres is 60 miles southwest of Paris, officials said on Monday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['80.45/96.54']);
});

test('the country holding both ends is no third end: "60 miles southwest of France\'s capital, Paris"', () => {
  const a = 'Rescuers said the storm struck Chartres, 50 miles southwest of Paris, on Monday.';
  const b = 'Chartres is 60 miles southwest of France\'s capital, Paris, officials said on Monday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['80.45/96.54']);
});

test('trap: two towns at two distances from one city stay apart', () => {
  const a = 'Officials said the flooding hit Chartres, about 50 miles southwest of Paris, on Monday.';
  const b = 'Officials said the flooding hit Orleans, about 80 miles south of Paris, on Monday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('trap: "the epicentre was 40 km from Paris" names no origin; another verb before the figure ends the search', () => {
  assert.deepStrictEqual(placesOf('The epicentre was 40 km from Paris, officials said on Monday.', '40 km'), ['place:paris']);
  const text = 'Rescuers reached Chartres, and the convoy drove 50 miles south of Paris on Monday.';
  assert.deepStrictEqual(placesOf(text, '50 miles'), ['place:paris']);
});

const holderOf = (text, value) => claimsOf(report('2025-03-04', text)).find(c => c.value === value)?.detail.holder;

test('a share after ", or" restates the count before it and is its holder\'s: "4,100,000 votes, or 48.5 percent"', () => {
  const text = 'In the first round, Jonas Adler secured 4,310,000 votes, or 50.4 percent, while Marta Brenn gained 4,100,000 votes, or 48.5 percent.';
  assert.strictEqual(holderOf(text, 48.5), 'holder:brenn');
  assert.strictEqual(holderOf(text, 50.4), 'holder:adler');
});

test('a share said of an object pronoun is the person\'s named before: "showed him leading with 58 per cent"', () => {
  const text = 'Jonas Adler rejected the tally and claimed that counts at polling stations showed him leading with 58 per cent of the vote.';
  assert.strictEqual(holderOf(text, 58), 'holder:adler');
  // "beat him with 52%": the pronoun a defeat verb takes lost the contest; not his share.
  const beaten = 'Marta Brenn lost the runoff. Jonas Adler beat him with 52 per cent of the vote.';
  assert.notStrictEqual(holderOf(beaten, 52), 'holder:brenn');
});

test('a claimant holds the share he claims to have won, though he is the voice: "claimed to have won 58 percent"', () => {
  const text = 'Jonas Adler said his team had evidence of fraud and claimed to have won 58 percent of the popular vote.';
  assert.strictEqual(holderOf(text, 58), 'holder:adler');
  // A voice reporting a rival's share does not hold it: "Adler said Brenn won 41 percent".
  assert.strictEqual(holderOf('Jonas Adler said Marta Brenn won 41 percent of the popular vote.', 41), 'holder:brenn');
});

test('his own rival claim and the official share meet: 58 percent claimed against 44 percent counted', () => {
  const a = 'Jonas Adler said his team had evidence of fraud and claimed to have won 58 percent of the popular vote.';
  const b = 'The election commission said Jonas Adler won 44 percent of the popular vote.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['44/58']);
});

test('"the US dollar" names a currency, not a place: a devaluation against it is the devaluing country\'s', () => {
  const a = 'The central bank of Mongolia on Monday devalued the country\'s currency by 40% against the US dollar.';
  assert.deepStrictEqual(placesOf(a, '40%'), ['country:mongolia']);
  assert.deepStrictEqual(placesOf('Mongolia\'s income per head now stands at 4,100 US dollars.', '4,100'), ['country:mongolia']);
  const b = 'Mongolia\'s central bank on Monday let the currency fall 25% against the dollar.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['25/40']);
});

test('trap: a country named as a place beside a currency word elsewhere keeps its place', () => {
  const text = 'Prices in the United States rose 3% in March, and the dollar fell.';
  assert.deepStrictEqual(placesOf(text, '3%'), ['country:united-states']);
});
