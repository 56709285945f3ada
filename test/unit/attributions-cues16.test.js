// Issue 11, round 16: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev by
// totals), one test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief } = require('./attributionBrief');

/** The cue words of every attribution found, sourced or not. */
const cues = text => brief(text).map(b => b.split('|')[1]);

test('a belief or wish inside what someone says is part of it, not a report of its own ("said that he thought ...")', () => {
  assert.deepStrictEqual(cues('The harbour master said on Monday that he believed the pier would reopen in May.'), ['said']);
  assert.deepStrictEqual(cues('Mayor Dana Hale told the council that she wanted the ferry to run at night.'), ['told']);
  // Alone, the belief is still a report.
  assert.deepStrictEqual(cues('The harbour master believes the pier will reopen in May.'), ['believes']);
});

test('a saying\'s participle opening the sentence has the subject after its clause as speaker ("Citing the cost, ...")', () => {
  assert.deepStrictEqual(brief('Citing the cost of the repairs, the harbour board voted to close the pier.'),
    ['the harbour board|Citing|the cost of the repairs']);
  // "Adding to ..." and a wish are no sayings.
  assert.deepStrictEqual(cues('Adding to the pressure, the harbour board raised the fees.'), []);
});

test('a view voiced as "see X as Y" is a cue; a sight and "such as" are not', () => {
  assert.deepStrictEqual(cues('Most farmers in the valley see the new dam as a threat to their wells.'), ['see']);
  assert.deepStrictEqual(cues('Rival bidders saw the merger as a gamble.'), ['saw']);
  assert.deepStrictEqual(cues('The farmers saw crops such as wheat and barley.'), []);
});

test('a subordinated "by citing ..." takes the subject of its clause as the one who cites', () => {
  assert.deepStrictEqual(brief('The mayor won the vote by citing the flood reports.'), ['The mayor|citing|the flood reports']);
});
