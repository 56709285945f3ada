// Round 43 (perf43, issue 14): the cue loop reads the words after a cue word only when that word may open the phrase
// ("showed no sign of", "see X as Y"); before, it built those word lists at every cue word of the report ("said" in
// every sentence). The first-word tests must never refuse a phrase the readers behind them would read.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

test('the sign-shown test accepts every cue word the sign-shown reader reads, and only those', () => {
  const tails = [['no', 'sign', 'of'], ['little', 'signs', 'that'], ['no', 'real', 'sign', 'that']];
  let read = 0;
  for (const w of engine.CUE_OPENERS) {
    const reads = tails.some(t => engine.signShownCue([w, ...t]) !== undefined);
    assert.strictEqual(engine.opensSignShown(w), reads, w);
    if (reads) read++;
  }
  assert.ok(read >= 3, 'forms of "show" read');
  assert.strictEqual(engine.opensSignShown(undefined), false);
  assert.strictEqual(engine.opensSignShown('said'), false);
});

test('the view-as test accepts every cue word the view-as reader reads, and only those', () => {
  let read = 0;
  for (const w of engine.CUE_OPENERS) {
    const reads = engine.viewAsCue(w, ['the', 'plan', 'as', 'a', 'risk']) !== undefined;
    assert.strictEqual(engine.opensViewAs(w), reads, w);
    if (reads) read++;
  }
  assert.strictEqual(read, 2);
});

test('both phrases are still read in a report', () => {
  const cues = text => engine.analyzeText('x.txt', `The day began.\n\n${text}`).attributions.map(a => `${a.source.text}|${a.cue.text}`);
  assert.ok(cues('The harbour board showed no sign of backing down on the fees.').some(c => c.startsWith('The harbour board|showed no sign')));
  assert.ok(cues('Many growers see the levy as a threat to small farms.').some(c => c.startsWith('Many growers|see')));
});
