// Issue 11, round 13: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev), one
// test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief } = require('./attributionBrief');

test('a saying with what it talks about after a preposition ("joked about", "complained of", "wrote about")', () => {
  assert.deepStrictEqual(brief('The mayor complained about the noise from the harbour works.'),
    ['The mayor|complained about|the noise from the harbour works']);
  assert.deepStrictEqual(brief('Senator Ortega joked about her first campaign in the valley.'),
    ['Ortega|joked about|her first campaign in the valley']);
  assert.deepStrictEqual(brief('The union leader has boasted of a record turnout.'), ['The union leader|boasted of|a record turnout']);
  assert.deepStrictEqual(brief('Two ministers wrote about the closure of the mill.'),
    ['Two ministers|wrote about|the closure of the mill']);
  // An infinitive and a noun are no report.
  assert.deepStrictEqual(brief('There is little to brag about in the figures.'), []);
});

test('self-presentation with a reflexive pronoun ("cast himself as", "distanced herself from")', () => {
  assert.deepStrictEqual(brief('The challenger has cast himself as the candidate of the small towns.'),
    ['The challenger|cast himself as|the candidate of the small towns']);
  assert.deepStrictEqual(brief('The senator distanced herself from the new tariff plan.'),
    ['The senator|distanced herself from|the new tariff plan']);
  assert.deepStrictEqual(brief('The farmers union positioned itself as a regional voice.'),
    ['The farmers union|positioned itself as|a regional voice']);
  // Without the reflexive pronoun it is a deed.
  assert.deepStrictEqual(brief('The director cast the actor as a villain.'), []);
});

test('verbs that only name a way of saying something ("opined", "groused", "chided", "lauded")', () => {
  assert.deepStrictEqual(brief('The treasurer opined that the bond would sell out.'),
    ['The treasurer|opined|the bond would sell out']);
  assert.deepStrictEqual(brief('“It was a wasted week,” the coach groused.'), ['the coach|groused|It was a wasted week']);
  assert.deepStrictEqual(brief('The senator chided the board for its silence.'), ['The senator|chided|the board for its silence']);
  assert.deepStrictEqual(brief('The minister lauded the rescue crews.'), ['The minister|lauded|the rescue crews']);
});

test('more saying verbs and their participles ("downplayed", "clarified", ", decrying the cuts")', () => {
  assert.deepStrictEqual(brief('The harbour master downplayed the risk of a strike.'),
    ['The harbour master|downplayed|the risk of a strike']);
  assert.deepStrictEqual(brief('The mayor clarified that the curfew would end on Friday.'),
    ['The mayor|clarified|the curfew would end on Friday']);
  assert.deepStrictEqual(brief('Ortega spoke for an hour, decrying the cuts to rural clinics.'),
    ['Ortega|decrying|the cuts to rural clinics']);
  // A sound that is no saying outside a quotation.
  assert.deepStrictEqual(brief('The economy boomed in the nineties.'), []);
});
