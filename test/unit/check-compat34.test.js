// Round 34 (compat34, issue 10): rival figures whose intervals meet only through a hedge's 10% ("around 18,000" holds
// 19,500). A reader takes a hedged figure as rounded to its own step. Invented sentences; each finding test fails on the
// build before the rule (check/hedgeStep.ts).
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

const pairs = (a, b) => valuePairs(doc('a.txt', a), doc('b.txt', b));

test('"about 240 rescued" against 219: two tens apart once rounded, a rival count', () => {
  const a = 'Officials said about 240 people were rescued from the ferry on Monday.';
  const b = 'The coastguard said 219 people were rescued from the ferry on Monday.';
  assert.deepStrictEqual(pairs(a, b), ['219/240']);
});

test('"around 18,000 workers" against 19,500: a writer who knew 19,500 would not write around 18,000', () => {
  const a = 'The company employs around 18,000 workers in Freedonia, the union said on Monday.';
  const b = 'The company employs 19,500 workers in Freedonia, its chief executive said on Monday.';
  assert.deepStrictEqual(pairs(a, b), ['18000/19500']);
});

test('"around 45 per cent" turnout against 49 per cent: four points apart', () => {
  const a = 'Turnout in Freedonia\'s parliamentary election on Sunday was around 45 per cent, observers said.';
  const b = 'Turnout in Freedonia\'s parliamentary election on Sunday was 49 per cent, observers said.';
  assert.deepStrictEqual(pairs(a, b), ['45/49']);
});

test('trap: a figure within a step of the hedged one is that figure, rounded', () => {
  const nearly = pairs('Nearly 500 people were killed in the floods on Monday, officials said.',
    'Police said 471 people were killed in the floods on Monday.');
  assert.deepStrictEqual(nearly, []);
  const about = pairs('About 1,200 people were killed in the floods on Monday, officials said.',
    'Police said 1,180 people were killed in the floods on Monday.');
  assert.deepStrictEqual(about, []);
  const loose = pairs('The ferry was carrying about 360 passengers when it sank on Monday, officials said.',
    'The ferry was carrying 352 passengers when it sank on Monday, police said.');
  assert.deepStrictEqual(loose, []);
});

test('trap: two hedged figures two steps apart are two loose roundings ("around 630,000", "around 650,000")', () => {
  const a = 'The besieged city, home to around 630,000 people, lost power on Monday, officials said.';
  const b = 'The besieged city, home to around 650,000 people, lost power on Monday, the mayor said.';
  assert.deepStrictEqual(pairs(a, b), []);
});

test('trap: "about" before a precise tally hedges the hour, not the rounding', () => {
  const a = 'Health officials had recorded about 612,437 confirmed cases by Monday morning.';
  const b = 'The ministry had recorded 611,902 cases by Monday morning.';
  assert.deepStrictEqual(pairs(a, b), []);
});
