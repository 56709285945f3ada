// False alarms kept apart by time and place (round 36, fa36, issue 10). Invented sentences; each test failed on the
// build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { doc, claimOf, valuePairs } = require('./claimReports');

test('a running toll of "the <day> <event>" said long after that day holds as of its report', () => {
  const late = 'The toll from the March 8 mudslide in Dravnik has climbed to 410, officials said.';
  const early = doc('b.txt', 'The mudslide in Dravnik on March 8 killed 120 people, officials said on Monday.', '2031-03-10');
  assert.deepStrictEqual(claimOf(late, 410, '2031-03-24').time, { from: '2031-03-24', to: '2031-03-24' });
  assert.deepStrictEqual(valuePairs(doc('a.txt', late, '2031-03-24'), early), []);
  // The day may be a span and the noun phrase may hold the place's name: "the March 8-9 Dravnik river floods".
  const span = 'At least 410 people have died in the March 8-9 Dravnik river floods, officials said.';
  assert.deepStrictEqual(claimOf(span, 410, '2031-03-24').time, { from: '2031-03-24', to: '2031-03-24' });
  // Said within days of the event, the toll is still the event day's and a rival of that day's count.
  assert.deepStrictEqual(valuePairs(doc('a.txt', late, '2031-03-11'), early), ['120/410']);
  // A month names a past event of its own ("the January quake" in a report on a later outbreak): it keeps its month.
  const past = 'The city has not rebuilt since the January quake killed 9,000 people, and the fever has now killed 410.';
  assert.deepStrictEqual(claimOf(past, 9000, '2031-11-13').time, { from: '2031-01-01', to: '2031-01-31' });
  // A day that is no event's ("the March 8 report") still dates the figure.
  const report = 'The March 8 report put the toll at 410, officials said.';
  assert.deepStrictEqual(claimOf(report, 410, '2031-03-24').time, { from: '2031-03-08', to: '2031-03-08' });
});
