// Round 32 probe (probe32b, issue 10, misses first): classes found by probing unannotated real news of an election, a
// company, a conflict and an accident. Each test states its class with INVENTED sentences; each failed on the build
// before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, keyOf, claimOf } = require('./claimReports');

test('registered voters and people registered to vote are one count, the electorate', () => {
  assert.strictEqual(keyOf('Some 2,914,500 registered voters were on the roll in Corvania.', 2914500), 'voter|electorate');
  const c = claimOf('Over 2.9 million people registered to vote in Corvania this year.', 2900000);
  assert.strictEqual(c?.measure.key, 'voter|electorate', JSON.stringify(c?.measure));
  assert.strictEqual(c?.modality, 'asserted');
  // People who registered to march still promised to, and stay a pledge.
  const m = claimOf('About 40,000 people registered to march on Sunday.', 40000);
  assert.strictEqual(m?.modality, 'forecast');
  const a = doc('a.txt', 'Over 2.9 million people registered to vote in the Corvanian presidential election held on Saturday.');
  const b = doc('b.txt', 'The Corvanian presidential election on Saturday had 2,814,530 registered voters, the commission said.');
  assert.deepStrictEqual(valuePairs(a, b), ['2814530/2900000']);
});

test('tons of a material that exploded are what blew up, not what the blast destroyed', () => {
  assert.strictEqual(keyOf('The mayor said 80 tons of fireworks exploded in the blaze.', 80), 'tonne|exploded');
  assert.strictEqual(keyOf('An estimated 150 tons of fireworks exploded, flattening the surrounding streets.', 150),
    'tonne|exploded');
  const a = doc('a.txt', 'A fire at a depot in Tarvel on Saturday set off a blast. The mayor said 80 tons of fireworks exploded.');
  const b = doc('b.txt', 'In the Tarvel depot disaster on Saturday, an estimated 150 tons of fireworks exploded, flattening the '
    + 'surrounding streets.');
  assert.deepStrictEqual(valuePairs(a, b), ['80/150']);
});

test('a toll told a year or more after its day, higher than a count told on the day, is the toll grown since', () => {
  const a = doc('a.txt', 'A gas blast tore through a market in Tarvel on 12 June 1998. "Our information is that 27 people are '
    + 'dead," the mayor said.', '1998-06-12');
  const b = doc('b.txt', 'On 12 June 1998 a gas blast tore through a market in Tarvel. 31 people were killed and hundreds '
    + 'were hurt.', '2010-06-12');
  assert.deepStrictEqual(valuePairs(a, b), []);
  // Two counts told within days of the event still compare.
  const c = doc('c.txt', 'On 12 June 1998 a gas blast tore through a market in Tarvel. 31 people were killed and hundreds '
    + 'were hurt.', '1998-06-13');
  assert.deepStrictEqual(valuePairs(a, c), ['27/31']);
});

test('two dollar conversions of one sum as written, far apart, are another dollar, no rivals', () => {
  const a = doc('a.txt', 'Corvex Ltd said fabricated sales in 2024 came to about 3.1 billion yuan ($430 million).');
  const b = doc('b.txt', 'Corvex Ltd said fabricated sales in 2024 came to about 3.1 billion yuan ($690 million).');
  assert.deepStrictEqual(valuePairs(a, b), []);
  // Conversions of two different sums still compare.
  const c = doc('c.txt', 'Corvex Ltd said fabricated sales in 2024 came to about 4.9 billion yuan ($690 million).');
  assert.ok(valuePairs(a, c).length > 0);
});
