// Round 44 (voice44, issues 10 and 11): whose voice a figure is given. Each class a place or another clause's speaker
// was taken as the source. Invented sentences; each positive test failed on the build before the round.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { claimOf, doc, valuePairs } = require('./claimReports');

/** "source|cue" of every attribution, the unsourced ones included (their source is empty). */
function who(text) {
  const a = engine.analyzeText('x.txt', `The day began.\n\n${text}`);
  return [...a.attributions, ...(a.unsourced ?? [])].map(x => `${x.source.text}|${x.cue.text}`);
}

const voiceOf = (body, value) => claimOf(body, value)?.source?.name;

test('a dateline in title case with a date ("Dunmore, Feb 9:") is no speaker of a participle later in the sentence', () => {
  const got = who('Dunmore, Feb 9: In further revelations in the fraud case, the owners have admitted to forging the ' +
    'ledgers, and claiming that the staff numbered 9,000.');
  assert.ok(got.includes('the owners|claiming'), got.join(' ; '));
  assert.ok(!got.some(x => x.startsWith('Dunmore')), got.join(' ; '));
  // Guards: a name and an age is no dateline; a place and a colon with no date is a headline's topic.
  assert.deepStrictEqual(who('Ruth Hale, 45, said the mill would close.'), ['Ruth Hale|said']);
});

test('"Officially," voices its own clause: a later clause\'s speaker is not lent to the figure', () => {
  const body = 'Officially, 40 people were killed in the raid on the town, but several police sources say at least 55 ' +
    'people were killed.';
  assert.strictEqual(voiceOf(body, 40), 'official figures');
  assert.strictEqual(voiceOf(body, 55), 'several police sources');
  assert.ok(valuePairs(doc('a.txt', body)).includes('40/55'), valuePairs(doc('a.txt', body)).join(' '));
});

test('a figure set as the true one against a claimed figure ("when it was actually") is not the claimant\'s', () => {
  const body = 'The owners admitted claiming that the payroll was 9,000 names, when it was actually just 6,000.';
  assert.strictEqual(voiceOf(body, 9000), 'owners');
  assert.strictEqual(voiceOf(body, 6000), 'actual figures');
  const but = 'The firm claimed a staff of 9,000 employees, but it actually had only 6,000 employees.';
  assert.strictEqual(voiceOf(but, 6000), 'actual figures');
  // Guard: "actually" with no contrast keeps the speaker's voice.
  assert.strictEqual(voiceOf('The firm said it actually employed 6,000 people.', 6000), 'firm');
});
