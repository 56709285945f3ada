// Round 29 (issue 10, recall: gold pairs missed because their measure or counted thing differ): counts a careful reader
// sets against each other that the frame kept under different measures, by class. Invented sentences; each class test
// fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, valuePairs } = require('./claimReports');

/** The measure key of the claim whose figure reads `text`. */
function keyAt(body, text) {
  return claimsOf(body).find(c => c.quantity.text === text)?.measure.key;
}

test('a casualty count is a ceiling on the dead: more dead than casualties contradict', () => {
  const a = doc('a.txt', '"Only one casualty has been reported due to the heatwave so far," the disaster authority in Norvaton told reporters on Tuesday.');
  const b = doc('b.txt', 'Forty people have died of heatstroke in Norvaton over the last three days, the charity said on Tuesday.');
  assert.ok(valuePairs(a, b).includes('1/40'));
  const c = doc('c.txt', 'The committee has recognized 30 people from the civilian population of Norvaton as casualties of the attack, it said on Tuesday.');
  const d = doc('d.txt', 'The attack took the lives of 450 residents of Norvaton, the local authorities said on Tuesday.');
  assert.ok(valuePairs(c, d).includes('30/450'));
});

test('the dead within the casualties agree: fewer dead than casualties is no finding', () => {
  const a = doc('a.txt', 'The civil defence said it had confirmed 93 casualties in Norvaton on Tuesday.');
  const b = doc('b.txt', 'The hospital said 80 people were killed in Norvaton on Tuesday.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('"lost" and a vague size are no casualty ceiling', () => {
  // A side that "lost" soldiers may count its dead alone; "dozens" bounds nothing.
  const a = doc('a.txt', 'Norvania lost 20 soldiers in the clash on Tuesday, the army said.');
  const b = doc('b.txt', 'The army said 35 soldiers were killed in the clash on Tuesday.');
  assert.ok(!valuePairs(a, b).includes('20/35'));
  const c = doc('c.txt', 'The blast in Norvaton killed and injured dozens of people on Tuesday, witnesses said.');
  const d = doc('d.txt', 'The death toll from the blast in Norvaton rose to 108 on Tuesday, the agency said.');
  assert.deepStrictEqual(valuePairs(c, d).filter(p => p.startsWith('108') || p.endsWith('/108')), []);
});

test('a move named after its figure takes the paragraph\'s measure: "Monday\'s 17 percent decline"', () => {
  const a = doc('a.txt', 'Norvacar\'s share price slid a further 6 percent on Tuesday. The fall comes on top of Monday\'s 17 percent decline.');
  const b = doc('b.txt', 'Norvacar\'s shares lost 25 percent of their value on Monday, traders said.');
  assert.ok(valuePairs(a, b).includes('17/25'));
  // A figure before another noun still modifies it: "a 95 percent confidence band" carries nothing.
  const c = doc('c.txt', 'Norvacar\'s share price slid 6 percent on Tuesday, with a 95 percent confidence band.');
  assert.ok(!valuePairs(c, b).includes('25/95'));
});

test('flights cancelled and flights delayed add up to those "cancelled or delayed"', () => {
  const a = doc('a.txt', 'Norvair cancelled almost 130 flights and delayed at least 300 after its check-in system failed on Tuesday.');
  const b = doc('b.txt', 'Almost 300 flights were cancelled or delayed at Norvaton airport on Tuesday.');
  const sums = valuePairs(a, b);
  assert.ok(sums.length > 0, 'the sum of at least 417 meets almost 300');
  // A sum within the other count agrees.
  const c = doc('c.txt', 'Norvair cancelled 100 flights and delayed 150 at Norvaton airport on Tuesday.');
  const d = doc('d.txt', 'About 250 flights were cancelled or delayed at Norvaton airport on Tuesday.');
  assert.deepStrictEqual(valuePairs(c, d), []);
});

test('patients "in critical condition" are a count of their own', () => {
  assert.strictEqual(keyAt('Seven people were in critical condition in Norvaton on Thursday.', 'Seven people'), 'person|critical');
  assert.strictEqual(keyAt('Officials said 12 people were in a serious condition.', '12 people'), 'person|critical');
  // "critical" elsewhere names nothing.
  assert.notStrictEqual(keyAt('At a critical moment, 300 people were evacuated.', '300 people'), 'person|critical');
  const a = doc('a.txt', 'Seven people were in critical condition in Norvaton on Thursday, officials said.');
  const b = doc('b.txt', 'Three people were in critical condition in Norvaton on Thursday, the hospital said.');
  assert.ok(valuePairs(a, b).includes('3/7'));
});
