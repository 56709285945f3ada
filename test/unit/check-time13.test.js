// Reference time, round 13 (issue 10): the classes of gold pairs missed because the two claims got different times.
// Invented sentences of the shapes found by `eval-check.mjs --why-items`; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
const claimOf = (text, value) => claimsOf(text).find(c => c.value === value);

test('a modal perfect ("may have been") tells of the past: the paragraph\'s period dates it, not the publication', () => {
  const official = ['a.txt', report('2024-06-10', 'Average annual growth between 2012 and 2017 was 7%, the statistics office said.')];
  const study = ['b.txt', report('2024-06-11', 'Growth between 2012 and 2017 was overstated, a former adviser wrote. Actual growth, according to a new study, may have been 4.1%.')];
  const found = messages(official, study);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.strictEqual(claimOf(study[1], 4.1).time.from, '2012-01-01');
  // A present perfect still counts up to when it is said.
  const now = report('2024-06-11', 'In 2023 the storm hit the coast. At least 80,000 people have been displaced.');
  assert.strictEqual(claimOf(now, 80000).time.from, '2024-06-11');
});

test('a figure dated only by its statement may speak of what an unresolved date names, as one dated by publication', () => {
  // An undated report's "last year" stays unresolved; the other figure holds as of the day it was said.
  const undated = ['a.txt', report('', 'Annual inflation last year was 130,060 percent, the central bank said.')];
  const said = ['b.txt', report('2025-01-09', 'Annual inflation reached 1,698,844 percent, the national assembly said on Wednesday.')];
  const found = messages(undated, said);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: /);
  // Two names of the same length in one report are still two times.
  const days = ['c.txt', report('', 'The toll was 40 on Sunday, the ministry said. It was 60 on Monday, rescuers said.')];
  assert.deepStrictEqual(messages(days), []);
});
