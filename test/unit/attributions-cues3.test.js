// Issue 11, round 3: attribution cue classes from the PolNeAR training split, one test per class, with invented
// sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { brief } = require('./attributionBrief');

const cues = text => brief(text).map(s => s.split('|')[1]);

test('stance verbs of round 3: cited, discussed, decried, blasted, questioned, refused to, assured', () => {
  assert.deepStrictEqual(brief('The mayor cited a drop in crime as proof of success.'),
    ['The mayor|cited|a drop in crime as proof of success']);
  assert.deepStrictEqual(brief('Ms. Hale discussed the tax plan with farmers in Ames.'),
    ['Hale|discussed|the tax plan with farmers in Ames']);
  assert.deepStrictEqual(brief('The governor decried the ruling on the school budget.'),
    ['The governor|decried|the ruling on the school budget']);
  assert.deepStrictEqual(brief('Senator Bell blasted the new rules for small banks.'),
    ['Bell|blasted|the new rules for small banks']);
  assert.deepStrictEqual(brief('The judge questioned the value of the new test.'),
    ['The judge|questioned|the value of the new test']);
  assert.deepStrictEqual(brief('The senator refused to endorse the nominee.'), ['The senator|refused|to endorse the nominee']);
  assert.deepStrictEqual(brief('Ms. Hale assured donors that the campaign had enough money.'),
    ['Hale|assured|the campaign had enough money']);
});

test('base forms after a plural subject or a modal, and new participles', () => {
  assert.deepStrictEqual(brief('Officials acknowledge that the count was late.'), ['Officials|acknowledge|the count was late']);
  assert.deepStrictEqual(cues('The council did not mention the deficit in its letter.'), ['mention']);
  assert.deepStrictEqual(brief('Mr. Reyes spoke for an hour, denouncing the new tax on fuel.').map(s => s.split('|').slice(1).join('|')),
    ['denouncing|the new tax on fuel']);
});

test('phrasal cues: talked about, pointed to, railed against; "basis points to" is a figure', () => {
  assert.deepStrictEqual(brief('The candidate talked about her plan for rural clinics.'),
    ['The candidate|talked about|her plan for rural clinics']);
  assert.deepStrictEqual(brief('The mayor pointed to the new bus lines as a success.'),
    ['The mayor|pointed to|the new bus lines as a success']);
  assert.deepStrictEqual(brief('Mr. Dunn railed against the trade deal at every stop.'),
    ['Dunn|railed against|the trade deal at every stop']);
  assert.deepStrictEqual(brief('The bank cut its rate by 25 basis points to 4.5% on Tuesday.'), []);
});

test('"states" is a cue only as a verb: "five states", "Western states that vote" are places', () => {
  assert.deepStrictEqual(brief('The agency states that the water is safe.'), ['The agency|states|the water is safe']);
  assert.deepStrictEqual(brief('The race moves to Western states this week that the campaign must win.'), []);
  assert.deepStrictEqual(cues('Voters in all five states voting Tuesday support the plan.'), []);
});

test('first person: "I told" is the writer outside quotations and the speaker inside; hedges are no report', () => {
  const ids = text => engine.analyzeText('x.txt', text).attributions.map(a => `${a.source.id}|${a.cue.text}`);
  assert.deepStrictEqual(ids('When the clerk called, I told him the forms were already filed.'), ['source:writer|told']);
  assert.deepStrictEqual(ids('“I asked the board to wait,” Mr. Ortiz said.'), ['person:mr-ortiz|asked', 'person:mr-ortiz|said']);
  assert.deepStrictEqual(ids('I think the council made the right call on the park.'), []);
  assert.deepStrictEqual(ids('I would say the council made the right call on the park.'), []);
});

test('"said", "told" and the like report even when no frame fits: the nearest speaker, past objects and times', () => {
  assert.deepStrictEqual(brief('Aides to the governor and the mayor, who met twice last week, said their talks would go on.'),
    ['Aides|said|their talks would go on']);
  assert.deepStrictEqual(brief('The lines were long at most stations, the volunteers who staffed the tables on Tuesday told reporters.').map(s => s.split('|').slice(0, 2).join('|')),
    ['the volunteers|told']);
  // A passive "was said" and "the said" are no report.
  assert.deepStrictEqual(brief('The bridge, which was said to be unsafe by engineers in 1990, stands.'), []);
});

test('preposition cues: "according to" any phrase, a sentence opened by "In X\'s view," or "In a poll,"', () => {
  assert.deepStrictEqual(brief('According to some on the council, the vote was rushed.'),
    ['some on the council|According to|the vote was rushed']);
  assert.deepStrictEqual(brief('The plant will close in May, according to one of its managers.'),
    ['one of its managers|according to|The plant will close in May']);
  assert.deepStrictEqual(brief("In Smith's view, the tax is unfair to farmers."), ['Smith|In|the tax is unfair to farmers']);
  assert.deepStrictEqual(cues('In a recent statewide poll, the mayor led by nine points.'), ['In']);
  // Times and statements open sentences without giving a view.
  assert.deepStrictEqual(brief('In March, the council met twice.'), []);
  assert.deepStrictEqual(cues('For years, the town had no doctor.'), []);
});

// ---- wire datelines: where the report was filed and the outlet that filed it, no part of the sentence ---------

function dateline(text) {
  const { prepared } = engine.prepare(text);
  const d = engine.datelineAt(prepared.tokens, prepared.text, 0, prepared.tokens.length);
  return d && { place: d.place, outlet: d.outlet, rest: prepared.text.slice(prepared.tokens[d.end].start) };
}

test('dateline class: place and outlet ("WASHINGTON (AFP) —")', () => {
  assert.deepStrictEqual(dateline('OTTAWA (AFP) — The council said the bridge would reopen.'),
    { place: 'OTTAWA', outlet: 'AFP', rest: 'The council said the bridge would reopen.' });
  assert.deepStrictEqual(brief('OTTAWA (AFP) — The bridge will reopen in May, the council said.'),
    ['the council|said|The bridge will reopen in May']);
});

test('dateline class: place, region and outlet ("KYIV, Ukraine (AP) —")', () => {
  assert.deepStrictEqual(dateline('LVIV, Ukraine (AP) — Power returned to most homes, officials said.'),
    { place: 'LVIV, Ukraine', outlet: 'AP', rest: 'Power returned to most homes, officials said.' });
  assert.deepStrictEqual(brief('LVIV, Ukraine (AP) — Power returned to most homes, officials said.'),
    ['officials|said|Power returned to most homes']);
});

test('dateline class: place, date and outlet ("LONDON, March 3 (Reuters) -")', () => {
  assert.deepStrictEqual(dateline('OSLO, May 14 (Reuters) - Norway’s output rose 2% in April, official figures showed on Friday.'),
    { place: 'OSLO', outlet: 'Reuters', rest: 'Norway’s output rose 2% in April, official figures showed on Friday.' });
  assert.deepStrictEqual(brief('OSLO, May 14 (Reuters) - Norway’s output rose 2% in April, official figures showed on Friday.'),
    ['official figures|showed|Norway’s output rose 2% in April']);
  // A capitalized word before a dash inside a sentence is no dateline.
  assert.strictEqual(dateline('The UN-backed talks resumed.'), null);
});

test('a loose "said" after "which" is left to the relative frame: no guessed antecedent', () => {
  assert.deepStrictEqual(cues("The count in the rebels' hands shows 900 dead. Those numbers differ sharply from the ministry's, which said 40 people had died."),
    ['shows']);
});
