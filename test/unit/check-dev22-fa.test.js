// Development 22's false alarms, round 28 (issue 10, precision), as classes shown with invented sentences. Each first test
// of a class failed on the build before its rule; the others guard what stays a rival.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

// One sector's figure is a part of the economy-wide whole (claims/breakdown.ts, markSectors).
const WHOLE = 'The development bank said the storm caused an estimated $6.4 billion in damage and losses in Varnia.';

test('a figure of one sector, named before it, is no rival of the whole', () => {
  const part = 'Damage and losses in the fishing sector came to $1.9 billion, the bank said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', WHOLE), doc('b.txt', part)), []);
  assert.strictEqual(claimOf(part, 1.9e9).detail.breakdown, 'sector fishing');
});

test('a figure of one sector, named after it, is no rival of the whole', () => {
  const part = 'The storm caused an estimated $2.3 billion in damage and losses in the tourism sector, the bank said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', WHOLE), doc('b.txt', part)), []);
});

test('the same sector in two reports stays a rival', () => {
  const a = 'Damage and losses in the fishing sector came to $1.9 billion, the bank said.';
  const b = 'The storm caused an estimated $3.1 billion in damage and losses in the fishing sector, the bank said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['1900000000/3100000000']);
});

test('"sectors" in the plural is a sum, not one part', () => {
  const b = 'Losses across the basic sectors of Varnia came to $9.8 billion, the bank said.';
  assert.strictEqual(claimOf(b, 9.8e9).detail.breakdown, undefined);
});

// Two reports' tolls of one day, each stated as risen to its value, one dated only by its report (check/parts.ts,
// bothRisenSameDay): snapshots of a count climbing through the day.
const DAY = '2031-03-04';
const risen = (path, body) => doc(path, `A fire tore through a textile warehouse in Dorvel. ${body}`, DAY);

test('two reports\' risen tolls of one day, one dated by its report, are stages of one count', () => {
  const a = risen('a.txt', 'As the death toll rose to 38, questions grew about the fire exits.');
  const b = risen('b.txt', 'Crews pulled more bodies from the ruins today, and the death toll jumped to 35.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('risen tolls both dated by their own words to the day still pair', () => {
  const a = risen('a.txt', 'The death toll rose to 38 on Tuesday, officials said.');
  const b = risen('b.txt', 'The death toll had risen to 31 on Tuesday, police said.');
  assert.deepStrictEqual(valuePairs(a, b), ['31/38']);
});

test('a risen toll against a plainly stated one still pairs', () => {
  const a = risen('a.txt', 'As the death toll rose to 38, questions grew about the fire exits.');
  const b = risen('b.txt', 'The fire killed 29 people, officials said today.');
  assert.deepStrictEqual(valuePairs(a, b), ['29/38']);
});

// A count its clause spreads over many places is their total, no rival of one gathering's count (claims/detailed.ts,
// spreadOverPlaces; check/parts.ts, spreadOverPart and oneGathering).
const SAT = '2031-06-07';
const NATION = 'Organizers said about 300,000 people marched on Saturday in some 40 towns in 12 provinces against the new labour law.';
const march = (path, body) => doc(path, `Thousands marched through Dorvel against the new labour law. ${body}`, SAT);

test('a total spread over many towns is no rival of one march\'s unplaced count', () => {
  const b = march('b.txt', 'Police said about 15,000 people took part in the march on Saturday.');
  assert.deepStrictEqual(valuePairs(march('a.txt', NATION), b), []);
  assert.strictEqual(claimOf(NATION, 300000, SAT).detail.spread, true);
});

test('a total spread over many towns is no rival of one march\'s placed count', () => {
  const b = march('b.txt', 'Police said about 15,000 people marched in Dorvel on Saturday.');
  assert.deepStrictEqual(valuePairs(march('a.txt', NATION), b), []);
});

test('places counted after a colon list their own counts: no spread', () => {
  const text = 'Protests took place in more than 90 towns: about 40,000 people marched in Dorvel and 20,000 in Ostra.';
  assert.strictEqual(claimOf(text, 40000, SAT).detail.spread, undefined);
});

test('two totals spread over many towns still pair', () => {
  const b = march('b.txt', 'Police said about 90,000 people marched on Saturday in some 40 towns in 12 provinces.');
  assert.deepStrictEqual(valuePairs(march('a.txt', NATION), b), ['90000/300000']);
});
