// Entity classes of round 37 (issue 11, organization names found on CoNLL-2003 eng.train): a report's dateline place
// stays a place where the town is also a side in the report's tables, and a town followed by a capitalized plural
// nickname is a club (or a firm) named after the town, whether the words were read as a person or as a place. Texts are
// invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);
const all = (list, text) => list.filter(e => e.text === text);

test('a dateline names where the report was filed, even when the town is a side in its tables', () => {
  const e = ents('HOCKEY - WEEKEND RESULTS.\n\nDENVER 1997-03-14\n\nResults of games on Friday:\n\nDENVER 4 Omaha 2\n\nTulsa 3 Wichita 1');
  const denver = all(e, 'DENVER');
  assert.strictEqual(denver.length, 2);
  assert.deepStrictEqual(denver.map(d => d.kind), ['place', 'organization']);
  assert.strictEqual(find(e, 'Omaha')?.kind, 'organization');
});

test('a dateline with a comma and a date keeps its place too', () => {
  const e = ents('BOSTON, March 14\n\nResults on Friday:\n\nBOSTON 5 Omaha 2\n\nTulsa 3 Wichita 1');
  assert.strictEqual(all(e, 'BOSTON')[0]?.kind, 'place');
  assert.strictEqual(all(e, 'BOSTON')[1]?.kind, 'organization');
});

test('a town and a capitalized plural read as a place are a club named after the town', () => {
  const e = ents('A late goal lifted the Omaha Comets past their rivals on Saturday.');
  assert.strictEqual(find(e, 'Omaha Comets')?.kind, 'organization');
});

test('a place whose own name ends in a plural stays a place', () => {
  const e = ents('She moved to Colorado Springs and later to the Virgin Islands.');
  assert.strictEqual(find(e, 'Colorado Springs')?.kind, 'place');
  assert.strictEqual(find(e, 'Virgin Islands')?.kind, 'place');
});

test('a club\'s form before its name in a results table is part of the club\'s name', () => {
  const e = ents('SOCCER - LEAGUE RESULTS.\n\nResults on Sunday:\n\nF.C. Dornbach 1 Kelsey Town 2\n\nSV Halden 3 OFK Marvik 0\n\nStandings: SV Halden 3 2 1 0 5');
  assert.strictEqual(find(e, 'F.C. Dornbach')?.kind, 'organization');
  assert.strictEqual(all(e, 'SV Halden').length, 2);
  assert.strictEqual(find(e, 'OFK Marvik')?.kind, 'organization');
  assert.strictEqual(find(e, 'SV'), undefined);
  assert.strictEqual(find(e, 'Halden'), undefined);
});
