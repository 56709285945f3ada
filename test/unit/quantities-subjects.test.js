// Figures whose counted thing is the clause's subject or stands apart from the figure (issue 10): "the marchers
// numbered 95,000", "deaths since March 3 have reached 41,000". Invented sentences; each fails on the build before
// these rules.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { claimsOf } = require('./claimReports');

/** "text|unit" for every quantity in the text. */
function units(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.unit}`);
}

/** "figure|measure key" for every claim of the text. */
function measures(text) {
  return claimsOf(`---\npublished: 2025-03-10\n---\n${text}\n`).map(c => `${c.quantity.text}|${c.measure.key}`);
}

test('a linking verb after a verb of saying, "that" or an opening comma takes its subject from that clause', () => {
  assert.deepStrictEqual(units('The city police said the marchers numbered 95,000 on Friday.'), ['95,000|marcher']);
  assert.deepStrictEqual(units('According to the ministry, deaths since May 3 have reached 41,000.'), ['41,000|death']);
  assert.deepStrictEqual(units('Analysts say that infections have climbed to 2.2 million.'), ['2.2 million|infection']);
  // A verb that is no linking verb keeps the subject of the sentence: its subject is the agent, not the counted thing.
  assert.deepStrictEqual(units('In Tartu, officials counted 400.'), []);
});

test('a plural noun before a measure noun standing right before the figure names what it counts', () => {
  assert.deepStrictEqual(units('Cases rose sharply and infections total 2.2 million.'), ['2.2 million|infection']);
});

test('the marchers who numbered a figure are a crowd; a dated "March" is no march', () => {
  assert.deepStrictEqual(measures('Police in Osijek said the marchers numbered 95,000.'), ['95,000|person|crowd']);
  assert.deepStrictEqual(measures('Deaths since March 3 have reached 41,000, the ministry said.'), ['41,000|person|killed']);
});

test('a list or tally named by an adjective for people counts those people', () => {
  assert.deepStrictEqual(units('Within days the missing list swelled to close to 2,000.'), ['close to 2,000|person']);
  assert.deepStrictEqual(measures('Within days the missing list swelled to close to 2,000.'), ['close to 2,000|person|missing']);
  assert.deepStrictEqual(units('The injured tally stood at 340 on Monday.'), ['340|person']);
});

test('the turnout of a rally is its crowd; an election turnout stays a vote', () => {
  assert.deepStrictEqual(measures('Students who organized the march put the turnout at 650,000.'), ['650,000|person|crowd']);
  assert.deepStrictEqual(measures('Officials put the turnout at 4.1 million in the runoff.'), ['4.1 million|person|voted']);
});

test('thousands of people present ("there were", "were there") are a crowd; a dozen in a car is not', () => {
  assert.deepStrictEqual(measures('According to the police, there were about 88,000 people in the square.'),
    ['about 88,000 people|person|crowd']);
  assert.deepStrictEqual(measures('According to the police, about 88,000 people were there at its peak.'),
    ['about 88,000 people|person|crowd']);
  assert.deepStrictEqual(measures('There were 12 people in the car.'), ['12 people|person|unspecified']);
});

test('"shooting down" and "downing" intercept what they name', () => {
  assert.deepStrictEqual(measures('The navy reported shooting down three enemy drones.'), ['three enemy drones|drone|intercepted']);
  assert.deepStrictEqual(measures('The navy confirmed downing four enemy drones.'), ['four enemy drones|drone|intercepted']);
});

test('sites, locations and targets are one counted thing, struck when hit or targeted', () => {
  assert.deepStrictEqual(measures('The army said six locations were targeted overnight.'), ['six locations|site|struck']);
  assert.deepStrictEqual(measures('The rockets struck nine militant sites overnight.'), ['nine militant sites|site|struck']);
  assert.deepStrictEqual(measures('The chain closed 40 locations last year.'), ['40 locations|site|closed']);
});

test('a part of a whole the city owns counts the whole\'s noun, spelled out or in digits', () => {
  assert.deepStrictEqual(units("Nearly two million of the city's seven million people turned out."),
    ['Nearly two million|person', 'seven million people|person']);
});

test('people who turned out are a crowd; the whole they are part of is a total, no rival crowd', () => {
  assert.deepStrictEqual(measures('About 30,000 people turned out in Tampere on Sunday.'), ['About 30,000 people|person|crowd']);
  assert.deepStrictEqual(measures("Nearly two million of Lagos's nine million people turned out on Sunday."),
    ['Nearly two million|person|crowd', 'nine million people|person|total']);
});

test('a people\'s name counts persons, and "nationals" are persons; wooden poles are not', () => {
  assert.deepStrictEqual(measures('Police detained 40 Afghans at the border on Monday.'), ['40 Afghans|person|arrested']);
  assert.deepStrictEqual(measures('Officials named two Pakistani nationals.'), ['two Pakistani nationals|person|unspecified']);
  // The verb the tables do not know names the poles' measure (round 12, measure.ts verbEvent): they stay poles.
  assert.deepStrictEqual(measures('Storms felled 40 poles.'), ['40 poles|pole|~fel']);
});

test('a measure noun with a "for" phrase names the figure of its relative clause, across a date and "and"', () => {
  assert.deepStrictEqual(units('The firm revised its figure for deaths since May 1, which was previously 437,000 and is now 608,000.'),
    ['437,000|death', '608,000|death']);
  assert.deepStrictEqual(units('The toll since 2021 stood at 340.'), ['340|toll']);
});

test('victims remembered at a demonstration are no part of its crowd', () => {
  assert.deepStrictEqual(measures('Students hold a vigil at every demonstration in memory of the 15 victims of the collapse.'),
    ['15 victims|person|unspecified']);
  assert.deepStrictEqual(measures('About 30,000 protesters marched in memory of the victims.'), ['About 30,000 protesters|person|crowd']);
});
