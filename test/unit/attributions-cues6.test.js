// Issue 11, round 6: attribution cue classes from the PolNeAR dev and training splits, one test per class, with
// invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** "source|cue|content" of every attribution that names its source. */
function brief(text) {
  const a = engine.analyzeText('x.txt', text);
  return a.attributions.map(x => `${x.source.text}|${x.cue.text}|${text.slice(x.content.start, x.content.end)}`);
}
const cues = text => brief(text).map(s => s.split('|')[1]);

test('a quotation signed with a dash names its author, also glued to the quote and with a full stop', () => {
  const text = 'What readers told us.\n\n' +
    '“The new bridge cut my commute in half. I only wish it had come sooner.” ― Maria Lopez\n' +
    '“Nobody in the town hall cares about the people who live by the river.”― Tom Becker.\n';
  assert.deepStrictEqual(brief(text), [
    'Maria Lopez|―|The new bridge cut my commute in half. I only wish it had come sooner.',
    'Tom Becker|―|Nobody in the town hall cares about the people who live by the river.',
  ]);
  // A dash inside running text that ends with a full stop signs nothing.
  assert.deepStrictEqual(cues('Some notes.\n\nThe vote was close and the count went on late - Maria Lopez.\n'), []);
});

test('a dash and a name on the line after a quotation sign it', () => {
  const text = 'Lines from the debate.\n\n"We will not wait for the banks to fix this mess for us."\n\n- Ana Ruiz.\n';
  assert.deepStrictEqual(brief(text), ['Ana Ruiz|-|We will not wait for the banks to fix this mess for us.']);
  // A dash line after a line that is no quotation is a list item.
  assert.deepStrictEqual(cues('Lines from the debate.\n\nThe banks will pay.\n\n- Ana Ruiz.\n'), []);
});

test('evidence with a long subject speaks: a poll with its date, a review of records, and ", records show." at the end', () => {
  assert.deepStrictEqual(cues('The day began.\n\nThe newest Harlow opinion poll released Monday shows that the mayor leads by six points.'), ['shows']);
  assert.deepStrictEqual(cues('The day began.\n\nA review of the county filings showed the fund losing money every year.'), ['showed']);
  assert.deepStrictEqual(brief('The day began.\n\nThe bakery lost money for three years, tax records show.'),
    ['tax records|show|The bakery lost money for three years']);
  // A noun compound ("a talk show host"), a distanced source ("allegedly") and no document at all are no evidence.
  assert.deepStrictEqual(cues('The day began.\n\nHe met the late night talk show host in October.'), []);
  assert.deepStrictEqual(cues('The day began.\n\nOnline videos allegedly show trucks moving along the border.'), []);
  assert.deepStrictEqual(cues('The day began.\n\nThe team from the north showed great spirit.'), []);
});

test('"said"/"says" with no content frame reads the rest of its clause', () => {
  assert.deepStrictEqual(brief('The day began.\n\nThe governor said, if re-elected, she would sign the bill.'),
    ['The governor|said|if re-elected, she would sign the bill']);
  assert.deepStrictEqual(cues('The day began.\n\nThe director said yes and left the room.'), ['said']);
  // What someone said, inside a relative or looked back on, is no new report.
  assert.deepStrictEqual(cues('The day began.\n\nIt contradicted what the coach and the owner said about the trade.'), []);
  assert.deepStrictEqual(cues('The day began.\n\n"As I said at the start, we are ready," Mr. Hale added.'), ['added']);
});

test('a stance or request takes a gerund or participle as its object', () => {
  assert.deepStrictEqual(brief('The day began.\n\nThe senator called for raising the minimum wage to 15 dollars.'),
    ['The senator|called for|raising the minimum wage to 15 dollars']);
  assert.deepStrictEqual(cues('The day began.\n\nOn Monday, the mayor called for increased funding for rural schools.'), ['called for']);
  // A plain report does not: "The October report exceeded ..." is a noun, not a cue.
  assert.deepStrictEqual(cues('The day began.\n\nThe October report exceeded expectations.'), []);
});

test('"called" with a short definite object and what it is called', () => {
  assert.deepStrictEqual(brief('The day began.\n\nThe union called the proposal insulting and unworkable.'),
    ['The union|called|the proposal insulting and unworkable']);
  // "called the police a day later" is a deed.
  assert.deepStrictEqual(cues('The day began.\n\nThe neighbor called the police a day later.'), []);
});
