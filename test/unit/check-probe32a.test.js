// Round 32 (probe32a, issue 10): classes found probing fresh real news (a rally, a currency's devaluation, an
// outbreak, a flood). Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

test('a people named by a demonym that does not end in -n or -i counts persons', () => {
  assert.strictEqual(claimOf('An estimated 60,000 Czechs took part in a protest in Brno on Sunday.', 60000)?.measure.key, 'person|crowd');
  assert.strictEqual(claimOf('About 2,000 Greeks marched in Patras on Sunday.', 2000)?.measure.key, 'person|crowd');
  const police = 'Police said 45,000 people took part in the protest in Brno on Sunday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', 'An estimated 60,000 Czechs took part in a protest in Brno on Sunday.'), doc('b.txt', police)), ['45000/60000']);
  // A country's name is no plural of its people ("Laos"); a demonym that is its own plural stays as it was.
  assert.notStrictEqual(claimOf('Some 300 Laos officials attended the summit.', 300)?.measure.unit, 'person');
});

test('a currency printed as letters glued to a money-shaped figure is money', () => {
  assert.strictEqual(claimOf('The drought cost farmers K5 billion last season.', 5e9)?.measure.unit, 'mwk');
  assert.strictEqual(claimOf('The stoppage cost the mines over R12.6 billion in lost revenue.', 12.6e9)?.measure.unit, 'zar');
  assert.strictEqual(claimOf('The union wants a minimum wage of N45,000 a month.', 45000)?.measure.unit, 'ngn/month');
  assert.strictEqual(claimOf('The council approved a Sh750 million budget for roads.', 750e6)?.measure.unit, 'kes');
  // Names and codes keep their figures out: a dog unit, a mask, a road.
  assert.strictEqual(claimOf('Officers with K9 dogs searched 30 homes.', 9), undefined);
  assert.strictEqual(claimOf('Nurses were given N95 masks.', 95), undefined);
});

test('a sum priced "to one US dollar" or "per United States dollar" is an exchange rate, and two rates of a day differ', () => {
  assert.strictEqual(claimOf('The kwacha now trades at K410.25 to one US dollar.', 410.25)?.measure.key, 'mwk/usd|exchange_rate');
  assert.strictEqual(claimOf('The bank set the rate at 95 tenge per US dollar on Monday.', 95)?.measure.key, 'kzt/usd|exchange_rate');
  const a = 'The central bank on Tuesday set the official rate at K410 per United States dollar.';
  const b = 'The central bank said on Tuesday the official rate is now K402.75 to one US dollar.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['402.75/410']);
});

test('people in their thousands placed on a square or in the streets, with no verb, are a crowd', () => {
  assert.strictEqual(claimOf('"Over 70,000 people on the Freedom square in Tallinn."', 70000)?.measure.key, 'person|crowd');
  assert.strictEqual(claimOf('Some 20,000 people in the streets of the capital on Sunday night.', 20000)?.measure.key, 'person|crowd');
  // A verb of their own decides ("live on the streets"); a handful on a square is no crowd.
  assert.notStrictEqual(claimOf('About 30,000 people live on the streets of the city.', 30000)?.measure.key, 'person|crowd');
  assert.notStrictEqual(claimOf('About 30 people on the square.', 30)?.measure.key, 'person|crowd');
});

test('a week\'s number in an epidemiological count is a label, not a count', () => {
  const body = 'Health officials reported 31 cases in week 12 and 18 cases in week 13, then a fall in weeks 14 (1 to 7 April) and 15 (8 to 14 April).';
  for (const n of [12, 13, 14, 15]) assert.strictEqual(claimOf(body, n), undefined, `week ${n}`);
  assert.strictEqual(claimOf(body, 31)?.measure.unit, 'case');
});

test('"confirmed" inside a count of cases says which cases; the verb after them says what befell them', () => {
  assert.strictEqual(claimOf('By Friday, 58 confirmed cases had recovered, the ministry said.', 58)?.measure.key, 'case|recovered');
  const total = 'By Friday the ministry had recorded 71 confirmed cases.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', 'By Friday, 58 confirmed cases had recovered, the ministry said.'), doc('b.txt', total)), []);
  assert.strictEqual(claimOf('As of Friday, 71 confirmed cases were reported in the city.', 71)?.measure.key, 'case|recorded');
});
