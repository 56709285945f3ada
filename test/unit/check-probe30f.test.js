// Round 30 probe (probe30f, issue 10, misses first): classes found by probing unannotated real news of protests and
// crowds, armed conflict, natural disasters and accidents. Each test states its class with INVENTED sentences; each
// failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('a figure in the "when" clause of a since-date is that date\'s, not a running total ("since 1998, when 600,000 met")', () => {
  const c = claimOf('It was the biggest rally in Norvale since May 3, 1998, when a reported 600,000 people met there.', 600000);
  assert.strictEqual(c.time.from, '1998-05-03');
  assert.strictEqual(claimOf('It was the biggest rally since 1998, when some 600,000 people met.', 600000).time.from,
    '1998-01-01');
  // A running total after the when-clause still runs from the since-date.
  assert.notStrictEqual(claimOf('Since March 2020, when the virus arrived, 90,000 people have been infected in Norvale.',
    90000).time.from, '2020-03-01');
  const a = doc('a.txt', 'Some 210,000 people rallied in Norvale on Sunday, the biggest crowd since May 3, 1998, when a '
    + 'reported 600,000 people met there.');
  const b = doc('b.txt', 'Police said about 230,000 people rallied in Norvale on Sunday.');
  assert.deepStrictEqual(valuePairs(a, b).filter(p => p.includes('600000')), []);
});

test('what a "followed by" phrase names after a figure is another thing ("measured 6.4 and was followed by aftershocks")', () => {
  const c = claimOf('The Norvale earthquake registered a magnitude of 6.4 and was followed by several aftershocks.', 6.4);
  assert.strictEqual(c.measure.key, 'magnitude|measured');
  assert.strictEqual(claimOf('The quake was followed by two aftershocks of magnitude 5.5 on Sunday.', 5.5).measure.key,
    'magnitude|aftershock');
  const a = doc('a.txt', 'The US Geological Survey said the earthquake in western Norvale on Saturday measured 6.2.');
  const b = doc('b.txt', 'The earthquake in western Norvale on Saturday registered a magnitude of 6.4 and was followed by '
    + 'several aftershocks, the US Geological Survey said.');
  assert.deepStrictEqual(valuePairs(a, b), ['6.2/6.4']);
});

test('the place of the event a ranking puts ahead is no place of the figure ("the deadliest after the floods in X")', () => {
  const s = 'Officials said at least 2,400 people were killed in the quakes, which were among the deadliest this year '
    + 'after the floods in Ruritania and Syldavia, in which an estimated 50,000 people died.';
  assert.deepStrictEqual(claimOf(s, 2400).scope, []);
  // The ranked-ahead event's own figure, after the place, keeps it.
  assert.ok(claimOf(s, 50000).scope.includes('place:ruritania'));
  assert.ok(claimOf('At least 2,400 people were killed in the quakes in Syldavia after the floods.', 2400).scope
    .includes('place:syldavia'));
});

test('"this year" a superlative after the figure ranks in is no time of the figure ("among the deadliest this year")', () => {
  const s = 'Officials said at least 2,400 people were killed in the quakes, which were among the deadliest this year.';
  assert.strictEqual(claimOf(s, 2400).time.from, '2025-03-04');
  assert.strictEqual(claimOf('Some 2,400 people have been infected this year.', 2400).time.from, '2025-01-01');
});

test('a body putting a toll of people harmed is its voice, not a party ("the UN office put the death toll at 1,023")', () => {
  const c = claimOf('On Sunday the United Nations put the death toll from the Norvale quake at 1,023.', 1023);
  assert.deepStrictEqual(c.scope.filter(e => e.startsWith('organization:')), []);
  assert.ok(claimOf('Samsung put its workforce at 12,000 on Sunday.', 12000).scope.includes('organization:samsung'));
  const a = doc('a.txt', 'On Sunday the United Nations put the death toll from the Norvale quake at 1,023.');
  const b = doc('b.txt', 'Officials said on Sunday that 1,980 people were killed in the Norvale quake.');
  assert.deepStrictEqual(valuePairs(a, b), ['1023/1980']);
});
