// Issue 11, round 6: attribution cue classes from the PolNeAR dev and training splits, one test per class, with
// invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { brief } = require('./attributionBrief');

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

test('findings speak when a study or report heads the subject, however long', () => {
  assert.deepStrictEqual(cues('The day began.\n\nA 2019 study by two economists at the state university found 40 cases of fraud.'), ['found']);
  assert.deepStrictEqual(cues('The day began.\n\nA survey conducted by the chamber last spring found most shops were hiring.'), ['found']);
  // A person who found something did a deed ("found the keys").
  assert.deepStrictEqual(cues('The day began.\n\nThe old farmer found the keys under a stone.'), []);
});

test('a title ends with its source and cue after a comma, and evidence speaks in titles', () => {
  // (The source is the name the entity layer finds there; in a title-case line it may take the cue word along.)
  const title = brief('Harbor Tunnel Could Open Next Spring, Mayor Ann Hale Says.\n\nThe city council met on Monday.');
  assert.deepStrictEqual(title.map(x => x.split('|').slice(1).join('|')), ['Says|Harbor Tunnel Could Open Next Spring']);
  assert.match(title[0], /^(?:Mayor )?Ann Hale/);
  assert.deepStrictEqual(cues('New Survey Shows Big Lead For Challenger.\n\nThe count went on.'), ['Shows']);
  // A title with no comma before the name reports nothing backwards.
  assert.deepStrictEqual(cues('What The Mayor Says.\n\nThe count went on.'), []);
});

test('a colon after a bare phrase opens a quotation as its cue', () => {
  const text = 'The day began.\n\nThe view of veteran pollster Ann Ruiz: “Late deciders rarely break for the incumbent.”';
  assert.deepStrictEqual(brief(text), ['Ann Ruiz|:|Late deciders rarely break for the incumbent.']);
  // After a cue, or after a clause, the quotation is that verb's.
  assert.deepStrictEqual(cues('The day began.\n\nThe mayor said in a statement: “We will rebuild the pier.”'), ['said']);
  assert.deepStrictEqual(cues('The day began.\n\nShe sent a short message to the board: “We will rebuild the pier.”'), []);
});

test('"offered", "sees" and "prefer" report what follows them', () => {
  assert.deepStrictEqual(cues('The day began.\n\nThe senator offered a new plan for the harbor.'), ['offered']);
  assert.deepStrictEqual(cues('The day began.\n\nThe governor sees a path to a balanced budget.'), ['sees']);
  assert.deepStrictEqual(cues('The day began.\n\nMost voters prefer a smaller tax cut.'), ['prefer']);
});

test('quantifier subjects, hedged partitives and glued percent shares speak', () => {
  assert.deepStrictEqual(brief('The day began.\n\nSome say the new stadium will never pay for itself.'),
    ['Some|say|the new stadium will never pay for itself']);
  assert.deepStrictEqual(cues('The day began.\n\nNearly seven of 10 parents say the school day is too short.'), ['say']);
  assert.deepStrictEqual(cues('The day began.\n\nOn transport, 61% say the buses are too slow.'), ['say']);
  // "some reported losses" is a description, not a report.
  assert.deepStrictEqual(cues('The day began.\n\nSome reported losses were later found to be errors.'), []);
});

test('"attacked" is a cue only with a person as its object', () => {
  const text = 'The day began.\n\nSenator Ann Hale attacked Governor Tom Reyes over the budget.';
  assert.deepStrictEqual(cues(text), ['attacked']);
  assert.deepStrictEqual(cues('The day began.\n\nThe mayor attacked her for the delays.'), ['attacked']);
  assert.deepStrictEqual(cues('The day began.\n\nThe brigade attacked a convoy near the river.'), []);
});
