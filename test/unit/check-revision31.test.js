// Round 31 (revision31, issue 10): a figure a later report gives as the correction of an earlier one ("corrected
// results", "after a recount", "lower than previously announced") replaces an earlier report's different figure of its
// frame; a report published after the correction still giving the old value stays a finding. INVENTED sentences; the
// class tests failed on the build before the rule (the guards below them passed before and must still pass).
const test = require('node:test');
const assert = require('node:assert');
const { findings, valuePairs, doc, claimOf, claimsOf, report } = require('./claimReports');

const FIRST = doc('a.txt', 'Tomas Eldar won 48.2 percent of the vote in the March 1 presidential election, the electoral commission said.',
  '2025-03-02');
const STALE = doc('c.txt', 'Tomas Eldar won 48.2 percent of the vote in the March 1 presidential election, the electoral commission said.',
  '2025-03-09');

test('a report whose lead says the results were corrected replaces the first result; a later report repeating it is found', () => {
  const corrected = doc('b.txt', 'The electoral commission published corrected results on Tuesday after finding an error in its tally. '
    + 'Tomas Eldar won 46.9 percent of the vote in the March 1 presidential election.', '2025-03-05');
  assert.deepStrictEqual(findings(FIRST, corrected).filter(f => f.severity === 'clear'), []);
  assert.deepStrictEqual(valuePairs(FIRST, corrected), []);
  // Published after the correction, the old figure is a stale one: still a rival of the corrected result.
  assert.deepStrictEqual(valuePairs(FIRST, corrected, STALE), ['46.9/48.2']);
});

test('"lower than previously announced" marks its sentence\'s figure as a correction of the earlier report\'s', () => {
  const lower = doc('b.txt', 'The electoral commission said on Tuesday that Tomas Eldar won 46.9 percent of the vote in the March 1 '
    + 'presidential election, lower than previously announced.', '2025-03-05');
  assert.deepStrictEqual(valuePairs(FIRST, lower), []);
  assert.deepStrictEqual(valuePairs(FIRST, lower, STALE), ['46.9/48.2']);
});

test('a stated old value ("corrected from 48.2 percent") excuses the earlier report, not a later one repeating it', () => {
  const stated = doc('b.txt', 'The electoral commission said Tomas Eldar won 46.9 percent of the vote in the March 1 presidential election, '
    + 'corrected from 48.2 percent.', '2025-03-05');
  assert.deepStrictEqual(valuePairs(FIRST, stated), []);
  assert.deepStrictEqual(valuePairs(FIRST, stated, STALE), ['46.9/48.2']);
});

test('a toll "fewer than previously reported" is no later-and-lower finding against the earlier toll', () => {
  const first = doc('a.txt', 'At least 52 people were killed in the floods in Ostrava province, the ministry said.', '2025-03-02');
  const fewer = doc('b.txt', 'The ministry said 38 people were killed in the floods in Ostrava province, fewer than previously reported.',
    '2025-03-06');
  assert.deepStrictEqual(valuePairs(first, fewer), []);
  const again = doc('c.txt', 'At least 52 people were killed in the floods in Ostrava province, the ministry said on Saturday.', '2025-03-08');
  assert.deepStrictEqual(valuePairs(first, fewer, again), ['38/52']);
});

test('a voice\'s earlier word ("had earlier put ... at 50", probe31c) and its new figure in one sentence: a stated change', () => {
  const first = doc('a.txt', 'The interior ministry said 50 people were killed in the floods in Ostrava province.', '2025-03-02');
  const now = doc('b.txt', 'The interior ministry, which had earlier put the number of dead at 50, now says 45 people were killed in the '
    + 'floods in Ostrava province.', '2025-03-05');
  // Neither the earlier report's 50 nor the report's own earlier word is a rival of the corrected 45.
  assert.deepStrictEqual(valuePairs(first, now), []);
});

test('the correction mark: by sentence, by the lead, and none for a value set before the correction', () => {
  assert.strictEqual(claimOf('The ministry said 38 people were killed, fewer than previously reported.', 38).detail.correction, 'sentence');
  const lead = 'A recount showed the mayor still won. The mayor took 52.4 percent of the vote in the March 1 election.';
  assert.strictEqual(claimOf(lead, 52.4).detail.correction, 'report');
  const before = 'The results contained errors, the commission said. The results first announced gave the mayor 55.1 percent of the vote.';
  assert.strictEqual(claimOf(before, 55.1).detail.correction, 'before');
  // Asked for, denied, or a margin of error: no correction made.
  assert.strictEqual(claimOf('The opposition demanded a full recount after the mayor took 52.4 percent of the vote.', 52.4).detail.correction, undefined);
  assert.strictEqual(claimOf('The ministry decided against revising its estimate of 38 dead.', 38).detail.correction, undefined);
  assert.strictEqual(claimOf('The survey put support at 41 percent, with a margin of error of 3 points.', 41).detail.correction, undefined);
  // One report's claims, read once: the lead's mark reaches every figure of the body.
  const marks = claimsOf(report('2025-03-04', `${lead} Turnout was 61 percent.`)).map(c => c.detail.correction);
  assert.ok(marks.every(m => m === 'report'), JSON.stringify(marks));
});

// Guards: what the rule must leave alone (these passed before it).
test('a recount asked for, a revision denied, or another voice\'s new count replaces nothing', () => {
  const asked = doc('b.txt', 'The opposition demanded a full recount on Tuesday. Tomas Eldar won 46.9 percent of the vote in the March 1 '
    + 'presidential election.', '2025-03-05');
  assert.deepStrictEqual(valuePairs(FIRST, asked), ['46.9/48.2']);
  const denied = doc('b.txt', 'The commission decided against revising its figures on Tuesday. Tomas Eldar won 46.9 percent of the vote '
    + 'in the March 1 presidential election.', '2025-03-05');
  assert.deepStrictEqual(valuePairs(FIRST, denied), ['46.9/48.2']);
  const police = doc('a.txt', 'Police said 20,000 people marched in Ostrava on Saturday.', '2025-03-02');
  const organizers = doc('b.txt', 'The organizers revised their count of Saturday\'s march in Ostrava to 90,000 people, the organizers said.',
    '2025-03-05');
  assert.deepStrictEqual(valuePairs(police, organizers), ['20000/90000']);
});

test('the first announced value a correcting report restates stays a rival of an earlier report\'s other first value', () => {
  const restated = doc('b.txt', 'The electoral commission said the results contained errors. The results first announced gave Tomas Eldar '
    + '47.5 percent of the vote in the March 1 presidential election.', '2025-03-05');
  assert.deepStrictEqual(valuePairs(FIRST, restated), ['47.5/48.2']);
});
