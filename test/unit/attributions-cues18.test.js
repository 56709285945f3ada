// Issue 11, round 18: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev), one
// test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief } = require('./attributionBrief');

const cues = text => brief(text).map(s => s.split('|')[1]);
const titled = s => `${s}\n\nThe day began.`;

test('a title-case headline capitalizes any third-person or past form of a cue verb after its subject', () => {
  // Third-person forms beyond the few listed by hand ("Says", "Slams").
  assert.deepStrictEqual(brief(titled('Senator Hale Blasts Budget Plan For Rural Schools')),
    ['Senator Hale|Blasts|Budget Plan For Rural Schools']);
  assert.deepStrictEqual(cues(titled('Mayor Ruiz Announces Recount In Northern District')), ['Announces']);
  assert.deepStrictEqual(cues(titled('Governor Ortiz Promises Action On Water Rates')), ['Promises']);
  // Past forms too.
  assert.deepStrictEqual(cues(titled('Commissioner Lind Endorsed Hale For Governor')), ['Endorsed']);
  // Running text is untouched, and a capitalized form inside a name is no cue.
  assert.deepStrictEqual(cues(titled('The Promises Of Spring Festival Opens In Tromsø')), []);
});

test("a sentence-case headline's present form after a name reports the rest of the line", () => {
  assert.deepStrictEqual(brief(titled('Governor Ortiz calls flood plan a costly mistake.')),
    ['Ortiz|calls|flood plan a costly mistake']);
  assert.deepStrictEqual(cues(titled('Hale hints at second run for mayor.')), ['hints']);
  // Only the report's opening line: the same words in the body stay a call with no quotation.
  assert.deepStrictEqual(cues(`The day began.\n\nGovernor Ortiz calls flood plan a costly mistake.`), []);
});
