// Round 44 (holder44, issue 10): whose a referendum's share is. A referendum has no candidates: its shares are the
// options' ("55% voted for independence", "49.9% in favor and 50.1% against"), and with no name to own them the frame
// read no holder, so two reports of one option's share never met. Invented sentences; the tests but the guards fail on
// the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const holderOf = (text, value) => claimOf(text, value)?.detail?.holder;

test('a referendum share is held by the option "for" names', () => {
  const text = 'In the referendum on Sunday, 57.2 per cent of the valid votes went for autonomy and 42.8 per cent for the federal union.';
  assert.strictEqual(holderOf(text, 57.2), 'holder:autonomy');
  assert.strictEqual(holderOf(text, 42.8), 'holder:federal');
  assert.strictEqual(holderOf('In the referendum, 61% of voters voted for joining the customs union.', 61), 'holder:joining');
});

test('"in favor" and "against" hold a referendum share as yes and no', () => {
  const text = 'With 48.7% in favor and 51.3% against, the referendum on the new charter was narrowly rejected.';
  assert.strictEqual(holderOf(text, 48.7), 'holder:yes');
  assert.strictEqual(holderOf(text, 51.3), 'holder:no');
  assert.strictEqual(holderOf('The charter was backed by 64% of the vote in the referendum.', 64), 'holder:yes');
});

test('a side named before the share holds it', () => {
  const text = 'Before the referendum results came in, the autonomy side was leading with 53 per cent, its leader said.';
  assert.strictEqual(holderOf(text, 53), 'holder:autonomy');
});

test('two reports of one option\'s share meet', () => {
  const a = doc('a.txt', 'With most ballots counted in Sunday\'s referendum, 48.7% voted in favor, the commission said.');
  const b = doc('b.txt', 'With most ballots counted in Sunday\'s referendum, 47.9% voted in favor, monitors said.');
  assert.deepStrictEqual(valuePairs(a, b), ['47.9/48.7']);
});

test('guards: no referendum, a share of all citizens, a name after "for"', () => {
  assert.notStrictEqual(holderOf('With 48.7% in favor and 51.3% against, the council passed the budget.', 48.7), 'holder:yes');
  assert.strictEqual(holderOf('In the referendum, only 18 percent of the citizens voted for autonomy.', 18) ?? null, null);
  assert.strictEqual(holderOf('In the referendum campaign, 52% voted for Adler in the first round.', 52), 'holder:adler');
});
