// Unknown part on one side, round 27 (issue 10): an area the words leave unnamed ("one more district", "the Northern
// region") no longer makes a figure fit any place. Invented sentences of the shapes the false alarms of check-dev16 and
// check-dev17 showed; each test fails on the build before this round (compare.ts, scopeObstacle and placesBeside).
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const STATE_TOLL = 'The death toll from the fever in Rajasthan rose to 14 on Monday, even as the disease was reported in one more district.';

test('a toll placed by name beside an unnamed district keeps its named place: it holds a town\'s count inside it', () => {
  assert.deepStrictEqual(claimOf(STATE_TOLL, 14)?.scope, ['place:rajasthan', 'unnamed:district']);
  const town = 'Of these, three deaths were reported from Jaipur on Monday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', STATE_TOLL), doc('b.txt', town)), []);
});

test('a toll placed by name beside an unnamed district is no rival of a count placed elsewhere', () => {
  const abroad = 'Officials said 30 people died of the fever in Tibet on Monday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', STATE_TOLL), doc('b.txt', abroad)), []);
});

test('a named region the gazetteer does not know: its rate is no rival of a city\'s rate', () => {
  const region = 'The statistics office said inflation in the Northern region rose to 58% in March, the highest of any region.';
  assert.deepStrictEqual(claimOf(region, 58)?.scope, ['unnamed:region=northern']);
  const city = 'The statistics office said inflation in Kumasi was 41% in March.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', region), doc('b.txt', city)), []);
});
