// A city's crowd and the nation's, round 28 (issue 10, precision): in reports of one day of marches in many towns, a
// figure's town is read from the sentence, a nationwide total is the whole of every town's crowd, riders of a transit
// network are no crowd, and a crowd of another occasion (a ceremony, an earlier year's march) is another gathering.
// Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

test('the organizers of a town\'s march place its crowd in that town', () => {
  assert.deepStrictEqual(claimOf('Rally organizers in Denver also claimed a crowd of 90,000 on Saturday.', 90000)?.scope, ['place:denver']);
  assert.deepStrictEqual(claimOf('The Seattle march\'s organizers claimed a turnout of 120,000.', 120000)?.scope, ['place:seattle']);
  const other = 'Police said 40,000 people marched in Portland on Saturday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', 'The Seattle march\'s organizers claimed a turnout of 120,000 on Saturday.'), doc('b.txt', other)), []);
});

test('riders a transit network moved are its ridership, no rival of a crowd', () => {
  const metro = 'The subway operator said it moved a record 610,000 riders on Saturday, the day of the rally.';
  assert.strictEqual(claimOf(metro, 610000)?.measure.key, 'person|ridership');
  const crowd = 'Organizers said 300,000 people rallied on Saturday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', metro), doc('b.txt', crowd)), []);
});

test('a crowd its words make a total across the country is no single gathering of a town its lead names', () => {
  const nation = 'Protesters filled the streets of Lyon and many other cities on Sunday.\n\nSome 900,000 people marched across the country, organizers said.';
  const town = 'Police said 60,000 people marched in Lyon on Sunday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', nation), doc('b.txt', town)), []);
});

test('"in some 200 cities" and "in all" make a figure a total over many places', () => {
  assert.strictEqual(claimOf('About 800,000 people marched in some 200 cities on Sunday.', 800000)?.detail?.whole, true);
  assert.strictEqual(claimOf('Organizers said 800,000 people marched in all on Sunday.', 800000)?.detail?.whole, true);
  assert.strictEqual(claimOf('About 80,000 people marched in all the big squares on Sunday.', 80000)?.detail?.whole, undefined);
});

test('"That march drew N" after a rally of an earlier year is dated by that year', () => {
  const body = 'On Saturday, tens of thousands rallied in Rome. Police said it was the largest protest since a rally against the war in 2003. That march drew 750,000 people, organizers said.';
  assert.strictEqual(claimOf(body, 750000)?.time.from, '2003-01-01');
});

test('a town drawing a crowd is where it gathered, not a side\'s score', () => {
  assert.deepStrictEqual(claimOf('Boston drew 45,000 marchers on Saturday.', 45000)?.scope, ['place:boston']);
  assert.deepStrictEqual(claimOf('In Atlanta, about 60,000 people rallied; Boston drew 45,000.', 45000)?.scope, ['place:boston']);
});

test('a crowd at a ceremony and a crowd of marchers the same day are two gatherings', () => {
  const ceremony = 'Officials said a crowd of 90,000 gathered for the coronation on Friday.';
  const march = 'Organizers said 300,000 protesters marched on Friday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', ceremony), doc('b.txt', march)), []);
});
