// Round 25 (recog25): figures that never became claims, or became claims in a wrong unit. Each test is an invented
// sentence of one structural shape whose figure the recognizer dropped or misread before the check could compare it.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** The analysis of one invented report. */
const analyze = body => engine.analyzeText('r/a.txt', `---\ntitle: t\noutlet: A\npublished: 2024-05-06\n---\n${body}\n`);
/** The quantity whose text starts with `figure`. */
const quantityOf = (body, figure) => analyze(body).quantities.find(q => q.text.startsWith(figure));
/** The claims whose figure text starts with `figure`. */
const claimsOf = (body, figure) => analyze(body).claims.filter(c => c.quantity.text.startsWith(figure));

test('a share of an age band is a share of those people, with their population', () => {
  // The band starts with numbers, so the noun-phrase reader stopped at it and the share had no group.
  const [c] = claimsOf('Survey data suggest that nearly a quarter of 18- to 29-year-olds are jobless in the province.', 'nearly a quarter');
  assert.ok(c, 'a claim for the share');
  assert.strictEqual(c.measure.key, 'percent|unemployment');
  assert.ok(c.scope.includes('pop:youth'), `youth population, got ${JSON.stringify(c.scope)}`);
  assert.strictEqual(quantityOf('Half of over-65s said they would vote.', 'Half').noun?.text, 'over-65s');
  assert.strictEqual(quantityOf('A third of 20-24 year olds rent a flat.', 'A third').noun?.text, '20-24 year olds');
});

test('a glued "m" before a verb done by people is millions of them, elsewhere still metres', () => {
  const q = quantityOf('Organisers claimed 2.4m marched across the country on Saturday.', '2.4m');
  assert.strictEqual(q.unit, 'person');
  assert.strictEqual(q.value, 2400000);
  assert.strictEqual(quantityOf('The new flood wall is 2.4m high.', '2.4m').unit, 'm');
});

test('"one" counts its noun after a verb of tallying or "there is ... confirmed"', () => {
  const [d] = claimsOf('The health office reported one death in the district on Tuesday.', 'one death');
  assert.ok(d, 'a claim for one death');
  assert.strictEqual(d.value, 1);
  assert.strictEqual(d.measure.key, 'person|killed');
  const [c] = claimsOf('There was one suspected cholera case in the camp, the agency said.', 'one suspected');
  assert.ok(c, 'a claim for one suspected case');
  assert.strictEqual(c.value, 1);
  // "one" as a determiner stays no figure.
  assert.strictEqual(claimsOf('There is one reason to hope, the mayor said.', 'one').length, 0);
});

test('an acronym in capitals ending in "S" is no plural: the noun after it heads the phrase', () => {
  assert.strictEqual(quantityOf('Clinics treated 40 MERS patients last month.', '40').unit, 'patient');
  assert.strictEqual(quantityOf('Officials confirmed only one MERS case in the city.', 'one').unit, 'case');
});

test("an editor's bracketed unit after a quoted figure is what it counts; [sic] is skipped", () => {
  const q = quantityOf('"We think roughly 3,000 [barrels] is about right," the engineer said.', 'roughly 3,000');
  assert.strictEqual(q.unit, 'barrel');
  assert.strictEqual(quantityOf('The firm listed 40 [sic] vehicles as lost.', '40').unit, 'vehicle');
});

test('"there were N" counts what the sentence counted before, not the outer subject', () => {
  const q = quantityOf('The ministry recorded two infections in the town, but a nurse there said there were nine.', 'nine');
  assert.strictEqual(q.unit, 'infection');
});

test('a few scare-quoted words between a measure noun and its bare figure do not end the clause', () => {
  const q = quantityOf('The mayor says the number of deaths in the riots in the east may be "far higher" than the 214 reported.', '214');
  assert.ok(q, 'a quantity for 214');
  assert.strictEqual(q.unit, 'death');
});
