// A finding's evidence as a whole, round 28 (issue 10, precision): several weak signs at once make a clear finding only
// possible (check/evidence.ts). Invented sentences; the first test failed on the build before the rule (the same pair
// with its figure in the lead, the third test, is clear), the others guard what stays.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, findings } = require('./claimReports');

const PUBLISHED = '2031-05-08';
const FILLER = ['The ferry left the harbour in calm weather.', 'Relatives gathered at the terminal through the night.',
  'Divers resumed the search at first light.', 'The vessel was built two decades ago.', 'An inquiry has been promised.',
  'Officials have not said what caused the sinking.'];
const lead = where => doc('a.txt', `The Varnia Star ferry sank${where} on Tuesday. The coast guard said 212 passengers were killed`
  + ` in the sinking${where} on Tuesday.`, PUBLISHED);
const figure = where => `Rescuers said 305 passengers were killed in the sinking${where} on Tuesday.`;
const far = where => doc('b.txt', [...FILLER, figure(where)].join('\n\n'), PUBLISHED);
const near = where => doc('b.txt', [figure(where), ...FILLER].join('\n\n'), PUBLISHED);

test('an unplaced figure far down its report is only a possible rival', () => {
  const [f, ...rest] = findings(lead(''), far(''));
  assert.strictEqual(rest.length, 0);
  assert.strictEqual(f.severity, 'possible');
  assert.match(f.why, /the evidence is weak on two counts or more/);
  assert.match(f.why, /Weak signs: a side names no place; a side stands far down its report \(background\)\./);
});

test('the paragraph a figure stands in is counted by blank lines, from the body', () => {
  const [, text] = far('');
  assert.strictEqual(claimsOf(text).find(c => c.value === 305).detail.paragraph, 6);
  const lines = claimsOf(`---\npublished: ${PUBLISHED}\n---\nA ferry sank.\nRescuers said 305 passengers were killed.\n`);
  assert.strictEqual(lines.find(c => c.value === 305).detail.paragraph, undefined);
});

test('one weak sign leaves a clear finding clear, and says so', () => {
  const [f] = findings(lead(''), near(''));
  assert.strictEqual(f.severity, 'clear');
  assert.match(f.why, /Weak signs: a side names no place\.$/);
});

test('placed figures far down their report stay clear', () => {
  const [f] = findings(lead(' off Crete'), far(' off Crete'));
  assert.strictEqual(f.severity, 'clear');
  assert.match(f.why, /Weak signs: a side stands far down its report \(background\)\.$/);
});

test('a finding with no weak sign lists none', () => {
  const [f] = findings(lead(' off Crete'), near(' off Crete'));
  assert.strictEqual(f.severity, 'clear');
  assert.doesNotMatch(f.why, /Weak signs/);
});
