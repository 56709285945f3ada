// Missed contradictions, round 24 (check-dev18). Counts of people an outbreak sent to hospital: "58 hospitalizations" was a
// count of hospitalizations, not of people hospitalized, and "58 have so far been hospitalized" lost its verb behind the
// two-word adverb. A crowd a rally "attracted" was a measure of its own; a sum a government "budgeted" was no budget; a
// figure hedged by a glued "-plus" or "-odd" ("the nation's 80-plus islands") was no figure at all.
// Invented sentences; each test fails on the build before this round's change.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-06-10') => claimsOf(report(published, text));
const claimOf = (text, value, published) => claims(text, published).find(c => c.value === value || c.low === value);
const keyOf = (text, value, published) => claimOf(text, value, published)?.measure.key;
const found = (a, b, pa = '2025-06-10', pb = '2025-06-10') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('hospitalizations, like deaths, count the people they befell', () => {
  const a = 'Three deaths and 58 hospitalizations were linked to the tainted cheese on Monday, officials in Dorvel said.';
  assert.strictEqual(keyOf(a, 58), 'person|hospitalized');
  assert.strictEqual(keyOf('Health officials in Dorvel recorded 12 hospitalisations on Monday.', 12), 'person|hospitalized');
  const b = 'Officials in Dorvel said on Monday that 41 people had been hospitalized after eating the tainted cheese.';
  assert.strictEqual(found(a, b).length, 1);
  // Look-alike: the deaths keep their own count.
  assert.strictEqual(keyOf(a, 3), 'person|killed');
});

test('a bare count keeps its people verb behind "so far" or "already"', () => {
  const a = 'Meanwhile, 58 have so far been hospitalized after eating the tainted cheese, officials in Dorvel said on Monday.';
  assert.strictEqual(keyOf(a, 58), 'person|hospitalized');
  assert.strictEqual(keyOf('In Dorvel, 14 have already died of the fever, officials said on Monday.', 14), 'person|killed');
  const b = 'Officials in Dorvel said on Monday that 41 people had been hospitalized after eating the tainted cheese.';
  assert.strictEqual(found(a, b).length, 1);
  // Look-alike: a bare figure before no people verb stays unread.
  assert.strictEqual(claimOf('Meanwhile, 58 have so far been sold in Dorvel, officials said on Monday.', 58), undefined);
});

test('the people a rally attracted are its crowd', () => {
  const a = 'A rally in Lorvik on Saturday, on May 3, attracted about 50,000 people, according to the organisers.';
  assert.strictEqual(keyOf(a, 50000), 'person|crowd');
  const b = 'Police said 12,000 protesters gathered in Lorvik on Saturday, May 3.';
  assert.strictEqual(found(a, b).length, 1);
  // Look-alike: money a fund attracted is no crowd.
  assert.notStrictEqual(keyOf('The fund attracted $3 billion from investors in Lorvik last year.', 3e9), 'person|crowd');
});

test('a sum a government budgeted is its budget', () => {
  assert.strictEqual(keyOf('The city of Lorvik originally budgeted 2.1bn euros for the new stadium.', 2.1e9), 'eur|budget');
  assert.strictEqual(keyOf('The stadium in Lorvik cost far more than the budgeted $3 billion.', 3e9), 'usd|budget');
  // Look-alike: a sum spent keeps its own reading.
  assert.notStrictEqual(keyOf('The city of Lorvik spent 2.1bn euros on the new stadium.', 2.1e9), 'eur|budget');
});

test('a figure hedged by a glued "-plus" or "-odd" is read, with its hedge', () => {
  const plus = claimOf('The storm struck all of the nation\'s 80-plus islands on Monday.', 80);
  assert.ok(plus);
  assert.strictEqual(plus.measure.unit, 'island');
  assert.strictEqual(plus.low, 80);
  assert.strictEqual(plus.high, null);
  const odd = claimOf('The ferry carried some 300-odd passengers when it sank off Lorvik on Monday.', 300);
  assert.ok(odd);
  assert.ok(odd.low < 300 && odd.high > 300);
  // Look-alike: a glued word of another kind hedges nothing ("a 40-year-old").
  assert.strictEqual(claimOf('A 40-year-old man was arrested in Lorvik on Monday.', 40)?.low ?? 40, 40);
});

test('a wind given in a length is a speed per hour', () => {
  const a = 'The storm struck Lorvik on Monday, packing winds of up to 280 kilometres (174 miles), the weather office said.';
  const wind = claimOf(a, 280);
  assert.strictEqual(wind?.measure.unit, 'km/h');
  assert.strictEqual(claimOf('Gusts reaching 90 miles hit the coast of Lorvik on Monday.', 144.81)?.measure.unit, 'km/h');
  const b = 'The storm struck Lorvik on Monday with winds of 230 kilometres per hour, the weather office said.';
  assert.strictEqual(claimOf(b, 230)?.measure.unit, 'km/h');
  // Look-alike: a distance near a wind word is still a distance.
  assert.strictEqual(claimOf('The wind farm stands 20 kilometres from Lorvik.', 20)?.measure.unit, 'km');
});

test('men a person noun describes are those people, not fighters', () => {
  assert.strictEqual(keyOf('Soldiers killed an estimated 200 civilian men in the village of Tarvel on Monday.', 200), 'person|killed');
  // Look-alike: bare "men" in a war's report stay fighters.
  assert.strictEqual(keyOf('Soldiers killed 200 men in the village of Tarvel on Monday.', 200), 'soldier|killed');
});

test('thousands placed in front of a building are people', () => {
  const a = 'The protests grew, one of them bringing some 80,000 in front of the parliament in Lorvik last month.';
  assert.strictEqual(claimOf(a, 80000)?.measure.unit, 'person');
  assert.strictEqual(claimOf('Some 80,000 in the front of the parliament in Lorvik chanted slogans on Monday.', 80000)?.measure.unit, 'person');
  // Look-alike: a small figure before the same words (a batsman's runs) is no crowd.
  assert.strictEqual(claimOf('He scored 120 in front of a home crowd in Lorvik on Monday.', 120), undefined);
});
