// Missed contradictions, round 23: the measure and the counted thing, by family. The dead not yet named were counted as
// bodies on one side and victims on the other, or had no measure at all ("are yet to be identified").
// Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-06-10') => claimsOf(report(published, text));
const keyOf = (text, value, published) => claims(text, published).find(c => c.value === value || c.low === value)?.measure.key;
const found = (a, b, pa = '2025-06-10', pb = '2025-06-10') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('the dead not yet identified are one count, whether told of bodies or of victims', () => {
  const a = 'The regional governor said on Tuesday that 14 bodies from the mine flood still had to be identified.';
  const b = 'Police in the province said on Tuesday that 23 of the victims of the mine flood were yet to be identified.';
  assert.strictEqual(keyOf(a, 14), 'person|unidentified');
  assert.strictEqual(keyOf(b, 23), 'person|unidentified');
  assert.strictEqual(keyOf('The morgue in the port city holds 40 unrecognisable bodies.', 40), 'person|unidentified');
  assert.strictEqual(keyOf('A forensic team said 65 victims of the blast are still remaining unnamed.', 65), 'person|unidentified');
  assert.strictEqual(found(a, b, '2025-06-10', '2025-06-10').length, 1);
  // Look-alike: bodies identified are another count, and remains found are still the dead.
  assert.notStrictEqual(keyOf('The governor said 31 bodies had been identified by Tuesday.', 31), 'person|unidentified');
  assert.strictEqual(keyOf('Rescuers said 31 bodies were recovered from the mine on Tuesday.', 31), 'person|killed');
});

test('thousands present told in the present tense are a crowd, as in the past', () => {
  const a = 'The march filled the avenue on Saturday. "We estimate that there are around 300,000 people," a city hall spokeswoman said.';
  const b = 'Police said about 45,000 people took part in the march on Saturday.';
  assert.strictEqual(keyOf(a, 300000, '2025-06-07'), 'person|crowd');
  assert.strictEqual(keyOf('Organisers said 90,000 people are there already.', 90000), 'person|crowd');
  assert.strictEqual(found(a, b, '2025-06-07', '2025-06-07').length, 1);
  // Look-alike: a few people present are no crowd.
  assert.notStrictEqual(keyOf('Officials said there are 40 people in the shelter tonight.', 40), 'person|crowd');
  // Nor are those who live or work there now.
  assert.notStrictEqual(keyOf('Officials said there are 20,000 people living in the valley.', 20000), 'person|crowd');
});

test('a fronted "of these" part counts what the sentence before counted, of the kind its predicate names', () => {
  const text = 'Sixty people were killed in the riots last week, the interior ministry said on Monday.\n\n'
    + 'A ministry spokesman told reporters that of these, 14 were police officers and 30 were civilians.';
  const c = claims(text).find(x => x.value === 14);
  assert.strictEqual(c?.measure.key, 'person|killed+part');
  assert.ok(c.scope.includes('kind:officer'));
  // Look-alike: a figure with no fronted partitive keeps no measure of the sentence before.
  const plain = 'Sixty people were killed in the riots last week, the interior ministry said on Monday.\n\n'
    + 'A ministry spokesman told reporters that 14 police stations were torched.';
  assert.notStrictEqual(keyOf(plain, 14), 'person|killed+part');
});

test('a tally nothing before it resolves counts the crowd its clause names', () => {
  const a = 'The march crossed the city centre on Saturday. Marchers in the crowd were saying that the police estimate was 400,000.';
  const b = 'Police said about 90,000 people marched in the city centre on Saturday.';
  assert.strictEqual(keyOf(a, 400000, '2025-06-07'), 'person|crowd');
  assert.strictEqual(found(a, b, '2025-06-07', '2025-06-07').length, 1);
  // Look-alike: a tally in a clause that names no crowd stays unresolved.
  assert.notStrictEqual(keyOf('Analysts said the official estimate was 400,000.', 400000), 'person|crowd');
});
