// Pairs the frame kept apart for one reason that are usually one count told two ways, round 33 (recall33, issue 10):
// a figure a named source gives as possible, set against another source's stated count. Invented sentences; the
// finding test fails on the build before this round (a possible figure entered no comparison).
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

const lead = 'A march against the new tax filled Kessa on Saturday.\n\n';
const police = doc('b.txt', `${lead}Police said 45,000 people joined the march in Kessa on Saturday.`);

test('a sourced possible estimate near a sourced count, one of them hedged, is its rival', () => {
  const a = doc('a.txt', `${lead}Organizers said about 60,000 people may have joined the march in Kessa on Saturday.`);
  assert.deepStrictEqual(valuePairs(a, police), ['45000/60000']);
});

test('control: a possible figure far above the count is a feared worst case, no rival', () => {
  const a = doc('a.txt', `${lead}Organizers said as many as 200,000 people may have joined the march in Kessa on Saturday.`);
  assert.deepStrictEqual(valuePairs(a, police), []);
});

test('control: a possible figure with no source behind it stays apart', () => {
  const a = doc('a.txt', `${lead}About 60,000 people may have joined the march in Kessa on Saturday.`);
  assert.deepStrictEqual(valuePairs(a, police), []);
});

test('control: two exact figures, one possible, stay apart', () => {
  const a = doc('a.txt', `${lead}Organizers said 60,000 people may have joined the march in Kessa on Saturday.`);
  assert.deepStrictEqual(valuePairs(a, police), []);
});
