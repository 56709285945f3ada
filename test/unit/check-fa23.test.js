// Round 23 (issue 10, precision): false alarms where two figures a careful reader keeps apart were matched, by class:
// a limit set on what a vessel may carry taken for the people it carried, passengers counted beside the crew taken for
// everyone on board, and people a negated participle leaves out ("not listed") taken for the whole. Invented sentences;
// each class test fails on the build before this round, and a look-alike that must still pair is tested beside it.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf, doc } = require('./claimReports');

const values = (...docs) => findings(...docs).map(f => f.message);
const claimAt = (body, value) => claimsOf(report('2025-03-04', body)).find(c => c.value === value || c.low === value);

test('a limit set on a capacity is no count: "only authorised to carry 450 passengers", "licensed for 300"', () => {
  for (const [body, value] of [
    ['The ferry Marisol was only authorised to carry 450 passengers, port officials said.', 450],
    ['The boat was licensed to carry 60 people, the coastguard said.', 60],
    ['The hall is certified for 300 guests, the fire brigade said.', 300],
    ['The plane was permitted to carry 180 passengers.', 180],
  ]) assert.strictEqual(claimAt(body, value)?.modality, 'bound', body);
  // A count of who was carried stays a count.
  assert.strictEqual(claimAt('The ferry Marisol was carrying 450 passengers when it sank, port officials said.', 450)?.modality, 'asserted');
});

test('a permitted capacity does not contradict the people aboard', () => {
  const limit = doc('a.txt', 'The ferry Marisol, which sank off Corvale on Thursday, was only authorised to carry 450 passengers, port officials said.');
  const aboard = doc('b.txt', 'The ferry Marisol sank off Corvale on Thursday with about 900 people aboard, the navy said.');
  assert.deepStrictEqual(values(limit, aboard), []);
});

test('passengers counted beside the crew are a part of everyone on board, and with the crew they are everyone', () => {
  const split = doc('a.txt', 'The airliner crashed near Corvale on Thursday. On board were 180 passengers and 9 crew members, the airline said.');
  const all = doc('b.txt', 'The airliner that crashed near Corvale on Thursday had 189 people on board, the aviation authority said.');
  assert.deepStrictEqual(values(split, all), []);
  // The sum still contradicts another count of everyone on board.
  const other = doc('c.txt', 'The airliner that crashed near Corvale on Thursday had 240 people on board, the aviation authority said.');
  assert.strictEqual(findings(split, other).length, 1, JSON.stringify(values(split, other)));
  const claims = claimsOf(report('2025-03-04', 'On board were 180 passengers and 9 crew members, the airline said.'));
  assert.ok(claims.some(c => c.low === 189 && c.derived), JSON.stringify(claims.map(c => [c.low, c.scope])));
  assert.ok(claims.find(c => c.low === 180)?.scope.includes('kind:passenger'));
  // "passengers and crew" with no count of the crew is everyone on board, no part.
  assert.ok(!claimAt('The manifest listed 198 passengers and crew, the owner said.', 198)?.scope.includes('kind:passenger'));
});

test('people a negated participle leaves out are a part of their own: "29 people not listed on the manifest"', () => {
  const unlisted = doc('a.txt', 'The coastguard said 35 people not listed on the passenger manifest were aboard the ferry that sank off Corvale on Thursday.');
  const aboard = doc('b.txt', 'The ferry that sank off Corvale on Thursday had 210 people aboard, the navy said.');
  assert.deepStrictEqual(values(unlisted, aboard), []);
  assert.ok(claimAt('The coastguard said 35 people not listed on the passenger manifest were aboard.', 35)?.scope.includes('kind:not-listed'));
});

test('a gap between two figures is no level of either: "a 12.4% point difference between", "a gap of 3 points"', () => {
  for (const [body, value] of [
    ['The statistics office said there was a 12.4% point difference between food inflation and non-food inflation in March.', 12.4],
    ['Polls showed a gap of 3 points between the two candidates in Corvale.', 3],
    ['The winner had a margin of 2.5 percent over her rival, the commission said.', 2.5],
  ]) assert.match(claimAt(body, value)?.measure.key ?? '', /\+diff$/, body);
  // A level stays a level.
  assert.doesNotMatch(claimAt('The statistics office said food inflation was 12.4% in March.', 12.4)?.measure.key ?? '', /\+diff$/);
  const gap = doc('a.txt', 'The statistics office said there was a 12.4% point difference between food inflation and non-food inflation in Norvania in March.');
  const level = doc('b.txt', 'Inflation in Norvania was 48.2% in March, the statistics office said.');
  assert.deepStrictEqual(values(gap, level), []);
});

test('a part "of the" whole whose predicate names a kind of person is that kind\'s part: "2,200 of the cases involve children"', () => {
  const part = doc('a.txt', 'Health officials in Norvania said on Monday that 1,900 of the cases involve children under the age of 10.');
  const whole = doc('b.txt', 'Health officials in Norvania said on Monday that 3,100 measles cases have been recorded since the outbreak began.');
  assert.deepStrictEqual(values(part, whole), []);
  assert.ok(claimAt('Officials said 40 of the dead were women.', 40)?.scope.includes('kind:woman'));
  // The same kind's part in another report still pairs.
  const other = doc('c.txt', 'Health officials in Norvania said on Monday that 2,600 of the cases involve children under the age of 10.');
  assert.strictEqual(findings(part, other).length, 1, JSON.stringify(values(part, other)));
});
