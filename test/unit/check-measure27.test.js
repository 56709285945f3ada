// Round 27 (issue 10, the cross-source check: what is counted and what happened to it): figures a careful reader sees
// as one count that got no measure, or a wrong one, by class. Invented sentences; each class test fails on the build
// before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, valuePairs } = require('./claimReports');

/** The measure key of the claim whose figure reads `text`. */
function keyAt(body, text) {
  return claimsOf(body).find(c => c.quantity.text === text)?.measure.key;
}

test('a tally set to a figure written before it: "bringing to 305 the number of people missing"', () => {
  assert.strictEqual(keyAt('Experts named six more bodies, reducing to 305 the number of people missing.', '305'), 'person|missing');
  assert.strictEqual(keyAt('The agency raised to 305 the number of people missing.', '305'), 'person|missing');
  assert.strictEqual(keyAt('Rescuers found 40 more bodies, bringing to 305 the official death toll.', '305'), 'person|killed');
  assert.strictEqual(keyAt('The storm flattened 300 homes, bringing to 500 the number of houses destroyed.', '500'), 'home|destroyed');
  // A figure with its own noun keeps it: the tally after it is another count.
  assert.notStrictEqual(keyAt('The storm flattened 300 homes, bringing to 500 villages the number of places hit.', '500 villages'), 'person|missing');
});

test('a topic phrase names what a bare figure counts: "as far as deaths are concerned"', () => {
  // The bare figure's unit was lent by the towns before it; the phrase after it says it counts the dead.
  const body = 'We still have to reach some 29 towns, but so far about 2,500 is the number we are working on as far as deaths are concerned, the president said.';
  assert.strictEqual(keyAt(body, 'about 2,500'), 'person|killed');
  const a = doc('a.txt', `Norvania's president said on Tuesday: ${body}`);
  const b = doc('b.txt', 'Norvania\'s disaster agency said on Tuesday that the storm had killed 1,774 people.');
  assert.ok(valuePairs(a, b).includes('1774/2500'));
});

test('an economy\'s expansion to a sum is its size (GDP): "further expansion to USD 510 billion"', () => {
  const body = 'Norvania\'s economy grew to USD 453 billion in 2012, the bureau said.\n\nEstimates for 2013 showed further expansion to USD 510 billion, its chief statistician said.';
  assert.strictEqual(keyAt(body, 'USD 510 billion'), 'usd|gdp');
  // A firm's expansion names no economy.
  assert.notStrictEqual(keyAt('Norvacorp announced an expansion to USD 2 billion of its bond program.', 'USD 2 billion'), 'usd|gdp');
});

test('a part above its whole only by rounding is no contradiction: "USD 510 billion" in a city against "$509.9bn"', () => {
  // The press conference's city is read as the figure's place: a part of the country, 0.1 billion "above" it.
  const a = doc('a.txt', 'Kenya\'s nominal GDP for 2024 was $509.9bn, the statistics bureau said.');
  const b = doc('b.txt', 'Kenya\'s GDP for 2024 was USD 510 billion, the chief statistician told a news conference in Nairobi.');
  assert.deepStrictEqual(valuePairs(a, b), []);
  // A part clearly above its whole still is a finding.
  const c = doc('c.txt', 'Kenya\'s GDP for 2024 was USD 610 billion, the chief statistician told a news conference in Nairobi.');
  assert.strictEqual(valuePairs(a, c).length, 1);
});

test('a rate in a sentence opening "This is ..." is of the population the sentence before named', () => {
  const body = 'March\'s youth unemployment rate in Norvania could have been as much as 46.5%, a professor estimated.\n\n'
    + 'This is more than double that month\'s official 19.7% rate, as published by the statistics bureau.';
  const rate = claimsOf(body).find(c => c.quantity.text === '19.7%');
  assert.ok(rate.scope.includes('pop:youth'), rate.scope.join(' '));
  // A determiner is no subject: "This year's rate" names no rate before.
  const other = claimsOf('Youth unemployment in Norvania was 21% in 2023.\n\nThis year\'s unemployment rate was 5%, the bureau said.');
  assert.ok(!other.find(c => c.quantity.text === '5%').scope.includes('pop:youth'));
});

test('inflation of imported or locally produced goods is a part of the price index, no rival of the headline rate', () => {
  const body = 'Inflation for locally produced goods fell to 50.0 percent in January, while inflation for imported items rose to 62.5 per cent.';
  const scopes = claimsOf(body).map(c => `${c.quantity.text} ${c.scope.filter(s => s.startsWith('pop:')).join(' ')}`);
  assert.deepStrictEqual(scopes, ['50.0 percent pop:local', '62.5 per cent pop:imported']);
  const a = doc('a.txt', `Norvania's statistics office said on Tuesday: ${body}`);
  const b = doc('b.txt', 'Norvania\'s statistics office said on Tuesday that annual inflation in January was 53.6 per cent.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});
