// Round 41 (place41, issue 10): a distance measured from one named town on both sides, and a unit conversion in
// brackets. Invented sentences; the first test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

test('two distances from one named town, the far end unnamed on both sides, are rivals: "50 km north of X" vs "90 km north of X"', () => {
  const a = 'The epicentre of the tremor was about 50 kilometres north of Arequipa, the institute said.';
  const b = 'The tremor struck some 90 kilometres north of Arequipa, according to the survey.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['50/90']);
});

test('two named towns at two distances from one city stay apart: "Camana, 100 km from X" vs "Mollendo, 150 km from X"', () => {
  const a = 'Camana, about 100 kilometres north of Arequipa, was cut off by the floods.';
  const b = 'Mollendo, about 150 kilometres south of Arequipa, was cut off by the floods.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('two conversions in brackets of one written distance are one figure rounded two ways: "4 km (2.4 miles)" vs "4 km (2.6 miles)"', () => {
  const a = 'Camana, about four kilometres (2.4 miles) from Arequipa, was cut off by the floods.';
  const b = 'Camana, around four kilometres (2.6 miles) from Arequipa, lost power on Monday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});
