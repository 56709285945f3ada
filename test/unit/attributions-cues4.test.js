// Issue 11, round 4: attribution cue classes from the PolNeAR training split, one test per class, with invented
// sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { brief } = require('./attributionBrief');

const cues = text => brief(text).map(s => s.split('|')[1]);

test('a quoted speaker\'s "they want", "they know" is part of the quotation, not a report of its own', () => {
  // (A named speaker: an opening "She" with no antecedent is an unnamed source since round 5.)
  assert.deepStrictEqual(cues('Ms. Reyes said the voters were angry. “They want safe streets. They know the city can do better,” she added.'),
    ['said', 'added']);
  // Outside quotations the state of mind is still reported.
  assert.deepStrictEqual(brief('Most farmers want lower fuel taxes.'), ['Most farmers|want|lower fuel taxes']);
});

test('", citing <reason>" is a cue of the speaker; a reason is no relay', () => {
  assert.deepStrictEqual(brief('“The plan is too costly,” Ms. Hale said, citing rising interest rates.'),
    ['Hale|said|The plan is too costly', 'Hale|citing|rising interest rates']);
  // A cited source still becomes the origin, with the subject as relay.
  const a = engine.analyzeText('x.txt', 'The agency said on Monday that 40 drones were downed, citing local officials.').attributions;
  assert.strictEqual(a.length, 1);
  assert.strictEqual(a[0].source.text, 'local officials');
});

test('"called <name> a liar / “reckless”": what a named object is called; "called the police a day later" is a deed', () => {
  assert.deepStrictEqual(brief('The mayor called Mr. Ward a liar.'), ['The mayor|called|Mr. Ward a liar']);
  assert.deepStrictEqual(cues('Senator Bell called Governor Ward “reckless.”'), ['called']);
  assert.deepStrictEqual(brief('The mayor called the police a day later.'), []);
});

test('"what she calls ...": the rest of the relative clause is what is called', () => {
  assert.deepStrictEqual(brief('Maria Hale said she would run. Hale has made what she calls fair pay the heart of her campaign.')[1],
    'she|calls|fair pay the heart of her campaign');
});

test('headline rubrics ("The Latest:", "Contributing:") are no sources; "Poll:" is', () => {
  assert.deepStrictEqual(brief('The Latest: Ward to give away a rifle at the state fair\n\nWard spoke in Ames on Monday.'), []);
  assert.deepStrictEqual(brief('Contributing: Anna Berg in Des Moines and Tom Reyes in Ames\n\nThe race is close.'), []);
  assert.deepStrictEqual(brief('Poll: Ward leads Bell by five points in Ohio\n\nThe race is close.'),
    ['Poll|:|Ward leads Bell by five points in Ohio']);
});

test('a manner adverb between subject and cue; an evidential adverb keeps the writer\'s distance', () => {
  assert.deepStrictEqual(brief('The senator fiercely opposed the new tariffs on steel.'), ['The senator|opposed|the new tariffs on steel']);
  assert.deepStrictEqual(cues('The governor strongly criticized the ruling on school funds.'), ['criticized']);
  assert.deepStrictEqual(brief('Online videos allegedly show tanks crossing the river near the border.'), []);
});

test('a participle clause opening the sentence after a subordinator takes the main clause\'s subject', () => {
  assert.deepStrictEqual(brief('After praising the new budget, the mayor warned that taxes would rise.'),
    ['the mayor|praising|the new budget', 'the mayor|warned|taxes would rise']);
  assert.deepStrictEqual(brief('While saying the talks were useful, the envoy left early.'), ['the envoy|saying|the talks were useful']);
});

test('speech verbs whose noun-phrase object is what was said: emphasized, admitted, revealed', () => {
  assert.deepStrictEqual(brief('Ms. Hale emphasized the need for new schools in the county.'),
    ['Hale|emphasized|the need for new schools in the county']);
  assert.deepStrictEqual(brief('The councilman admitted the mistake in the budget.'), ['The councilman|admitted|the mistake in the budget']);
  // "predict" stays a clause verb: "local races rarely predict national ones" is no report.
  assert.deepStrictEqual(brief('Local races rarely predict national ones.'), []);
});

test('"replied that", "responded to": no longer only after a quotation', () => {
  assert.deepStrictEqual(brief('Senator Bell replied that the bill was dead.'), ['Bell|replied|the bill was dead']);
  assert.deepStrictEqual(brief('The governor responded to the criticism on Friday.'),
    ['The governor|responded to|the criticism on Friday']);
  assert.deepStrictEqual(brief('The governor responded with a letter.'), []);
});

test('"explained how ...", "noted how ...": a question word opens the reported clause; "said, however, that ..."', () => {
  assert.deepStrictEqual(brief('Maria Hale spoke first. She explained how she expanded the family business into the suburbs.')[0],
    'She|explained|how she expanded the family business into the suburbs');
  assert.deepStrictEqual(brief('Maria Hale spoke first. She said, however, that the plan would fail.'),
    ['She|said|the plan would fail']);
});
