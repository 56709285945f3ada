// Issue 11, round 44: attributions PolNeAR's training split marks and the engine missed, grouped by structure (measured
// on train, confirmed on dev by totals). Invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief } = require('./attributionBrief');

const cues = text => brief(text).map(l => l.split('|').slice(0, 2).join('|'));

test('a stance participle after "before", "after" or "while" keeps its object, spoken by the clause subject', () => {
  assert.deepStrictEqual(cues('The union had endorsed the treasurer in March before backing the governor in June.'),
    ['The union|endorsed', 'The union|backing']);
  assert.deepStrictEqual(cues('Two years after backing the mayor, the builders group turned against her.'),
    ['the builders group|backing']);
  // After a closing quotation the participle belongs to the speech frame that follows; it reads no object of its own.
  assert.deepStrictEqual(cues('“We will wait for the audit” before discussing any fares, the mayor said.'), ['the mayor|said']);
});

test('a sentence opened by a named person\'s viewpoint ("To Okafor, ...") is that person\'s view', () => {
  assert.deepStrictEqual(brief('To Okafor, the vote was a warning to the council.'),
    ['Okafor|To|the vote was a warning to the council']);
  assert.deepStrictEqual(cues('To Florida consultant Ruiz Hale, the party line has changed.'), ['Ruiz Hale|To']);
  // A purpose, an extent, a group or a matter after "To" is no viewpoint.
  assert.deepStrictEqual(cues('To stop Ruiz Hale, the party is spending heavily.'), []);
  assert.deepStrictEqual(cues('To many voters, the tax is unfair.'), []);
  assert.deepStrictEqual(cues('To date, no one has paid the fine.'), []);
});

test('"when asked" reaches its question past a time or an asker, and "how" or "which" opens it', () => {
  const loose = text => require('./attributionBrief').unsourced(text).map(l => l.split('|').slice(0, 2).join('|'));
  assert.deepStrictEqual(loose('He smiled when asked how the talks would go.'), ['asked|how the talks would go']);
  assert.deepStrictEqual(loose('She nodded when asked by a reporter if the plan still stands.'), ['asked|if the plan still stands']);
  assert.deepStrictEqual(loose('He shrugged when asked last month about the audit.'), ['asked|about the audit']);
  assert.deepStrictEqual(loose('The mayor paused when asked which road would open first.'), ['asked|which road would open first']);
  // A request ("asked to leave") is no question put to the subject.
  assert.deepStrictEqual(loose('He left the hall when asked to go.'), []);
});
