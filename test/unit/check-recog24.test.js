// Round 24 (recog24): figures that never became claims. Each test is an invented sentence of one structural shape
// whose figure was recognized (or not) but dropped before it became a claim; the check needs the claim to compare it.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** The claims of one invented report whose figure text is `figure`. */
function claimsOf(body, figure) {
  const doc = engine.analyzeText('r/a.txt', `---\ntitle: t\noutlet: A\npublished: 2024-05-06\n---\n${body}\n`);
  return doc.claims.filter(c => c.quantity.text === figure);
}
const report = (name, outlet, body) =>
  ({ path: `r/${name}.txt`, text: `---\ntitle: t\noutlet: ${outlet}\npublished: 2024-05-06\n---\n${body}\n` });

test('a bare figure set by a toll far before it in its clause counts the dead', () => {
  // The toll is the subject of a relative clause that a reporting verb and a comma interrupt.
  const [c] = claimsOf('She admitted that the official death toll, which the agency said on Sunday had reached 317, was far too low.', '317');
  assert.ok(c, 'a claim for 317');
  assert.strictEqual(c.measure.key, 'person|killed');
  // A long "from ... in ..." tail between the toll and its figure.
  const [d] = claimsOf('Officials said the death toll from the fire at the textile market in the old northern quarter had gone up to 186.', '186');
  assert.ok(d, 'a claim for 186');
  assert.strictEqual(d.measure.key, 'person|killed');
});

test('a figure between the toll and a bare figure keeps the toll to itself', () => {
  // "4 districts" stands between: the bare 1,260 is left to the recognizer, and no toll is lent across another count.
  const claims = claimsOf('The ministry said the toll in the floods that swept 4 districts on Friday was still rising and officials put it near 1,260.', '1,260');
  assert.ok(claims.every(c => c.measure.key !== 'person|killed'));
});

test('a fraction of a group its words name is that group\'s share, in percent', () => {
  const [c] = claimsOf('The carrier plans to lay off a quarter of its cabin crew in a first round of cuts.', 'a quarter of its cabin crew');
  assert.ok(c, 'a claim for the quarter');
  assert.strictEqual(c.measure.unit, 'percent');
  assert.strictEqual(c.value, 25);
  const [d] = claimsOf('Fewer than one out of every five voters took part in the referendum, the commission said.', 'Fewer than one out of every five voters');
  assert.ok(d, 'a claim for one in five');
  assert.strictEqual(d.measure.unit, 'percent');
  assert.strictEqual(d.high, 20);
});

test('a fraction of a group is set against the same share written as a percentage', () => {
  const found = engine.analyzeCorpus([
    report('a', 'A', 'Less than one out of every four voters took part in the Ruritanian referendum on Sunday, officials said.'),
    report('b', 'B', 'Turnout in the Ruritanian referendum on Sunday was 48 percent, officials said.'),
  ]).contradictions;
  assert.strictEqual(found.length, 1);
});

test('a fraction and a percentage of one group name the group alike', () => {
  const [c] = claimsOf('The carrier will lay off a quarter of its cabin crew, the company said on Monday.', 'a quarter of its cabin crew');
  const [d] = claimsOf('The carrier will lay off 60% of its cabin crew, the company said on Monday.', '60%');
  assert.ok(c && d);
  assert.deepStrictEqual(c.scope, d.scope);
});

test('a fraction "of whom" still counts its share of the whole before it', () => {
  const [c] = claimsOf('More than 140 people were killed in the raids, half of whom were children.', 'half');
  assert.ok(c);
  assert.strictEqual(c.measure.unit, 'person');
  assert.strictEqual(c.low, 70);
});

test('a bare figure before "had taken part" counts people', () => {
  const [c] = claimsOf('Police said 41,000 had taken part in the march before it reached the square.', '41,000');
  assert.ok(c, 'a claim for 41,000');
  assert.strictEqual(c.measure.unit, 'person');
});

test('a figure after a name in a gapped list takes the first item\'s unit', () => {
  // "X has recorded 41, Y 27, Z 15": the verb and the unit are written once, for the first item.
  const body = 'Of the 1,320 infections, the Northern Region has recorded 41, Carthia 27, Velmont 15 and the capital nine.';
  const [first] = claimsOf(body, '41');
  assert.ok(first);
  for (const figure of ['27', '15']) {
    const [c] = claimsOf(body, figure);
    assert.ok(c, `a claim for ${figure}`);
    assert.strictEqual(c.measure.unit, first.measure.unit);
  }
  const [p] = claimsOf('The final tally gave Marlow 61 percent and Dunmore 39.', '39');
  assert.ok(p, 'a claim for 39');
  assert.strictEqual(p.measure.unit, 'percent');
});

test('a name with a number stays a name outside a gapped list', () => {
  // A model or a vessel's name: no list mark after an earlier figure before it, or a word after it.
  const doc = engine.analyzeText('r/a.txt', 'Two ships are in the area, Patrol Boat 372 among them. The Falcon 9 rocket and Airbus 320 jets flew.');
  assert.deepStrictEqual(doc.quantities.map(q => q.text).filter(t => /372|9|320/.test(t)), []);
});

test('a scare-quoted figure before its people verb counts people', () => {
  const [c] = claimsOf('The organizer says "well over 80,000" attended the rally in the park on Sunday.', 'well over 80,000');
  assert.ok(c, 'a claim for the quoted figure');
  assert.strictEqual(c.measure.unit, 'person');
});
