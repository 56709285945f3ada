// Round 24 (issue 10, the cross-source check): two figures a careful reader sees as the same quantity that got different
// measures, or none, by class: a synonym of death the tables lacked, an event noun before "among" read as what befell
// the group it names, a subject's verb after a list aside, a holder's staff counted with no verb, and gatherings counted
// as events. Invented sentences; each class test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

test('people a mudslide swallowed or engulfed are its dead', () => {
  assert.strictEqual(keyOf('Officials fear up to 900 people may have been swallowed up by the mudslide in Corvale.', 900), 'person|killed');
  assert.strictEqual(keyOf('The flood engulfed 140 villagers in the valley, the governor said.', 140), 'person|killed');
});

test('an event noun before "among" befell some of the group the figure counts, not all of it', () => {
  assert.strictEqual(keyOf('Aid workers warned of more deaths among the 1.5 million or so people believed to be homeless in Norvania.', 1500000),
    'person|displaced');
  assert.strictEqual(keyOf('Doctors reported infections among some 3,000 people living in the camp, which were evacuated.', 3000),
    'person|evacuated');
  // A noun of the share itself stays its measure: "turnout among teachers reached 48 percent".
  assert.strictEqual(keyOf('Turnout among teachers reached 48 percent on Tuesday, the union said.', 48), 'percent|turnout');
  // "the deaths of 40 people" are the dead.
  assert.strictEqual(keyOf('The agency confirmed the deaths of 40 people in Corvale.', 40), 'person|killed');
});

test('a subject\'s verb after a list aside with commas of its own: "40 branches across 9 towns, including A, B and C, were shut"', () => {
  const body = 'The union said more than 40 branches across 9 towns, including Corvale, Maraton, Lissk and Pelle, were shut on Tuesday.';
  assert.strictEqual(keyOf(body, 40), 'branch|closed');
  // A figure after a preposition in the clause before the list is no subject of that verb.
  const before = 'The union, representing staff at 310 stores nationwide, said more than 40 stores across 9 towns, including Corvale, Maraton and Pelle, were shut on Tuesday.';
  assert.strictEqual(keyOf(before, 40), 'shop|closed');
  assert.notStrictEqual(keyOf(before, 310), 'shop|closed');
  // The shut stores of one day in two reports pair.
  const a = doc('a.txt', 'Norvamart said more than 40 stores across 9 towns, including Corvale, Maraton and Pelle, were shut on Tuesday.');
  const b = doc('b.txt', 'Norvamart said 25 stores were shut on Tuesday.');
  assert.deepStrictEqual(valuePairs(a, b), ['25/40']);
});

test('a holder\'s staff counted with no verb are its workforce: "the plant\'s 2,600 workers"', () => {
  assert.strictEqual(keyOf('Most of the Corvale plant\'s 2,600 workers will move to the new site in Maraton.', 2600), 'job|employed');
  assert.strictEqual(keyOf('Norvatec said its 900 staff would keep their jobs.', 900), 'job|employed');
  // What befalls them still wins: "its 900 staff were laid off".
  assert.strictEqual(keyOf('Norvatec said its 900 staff were laid off on Monday.', 900), 'job|cut');
});

test('gatherings counted are those held, however named: "31 protests", "1,000 demonstrations were held"', () => {
  assert.strictEqual(keyOf('The company said there were just 31 protests at its stores on Thursday.', 31), 'protest|held');
  assert.strictEqual(keyOf('Organizers said 1,000 demonstrations were held across Norvania on Thursday.', 1000), 'protest|held');
  assert.strictEqual(keyOf('Organizers counted 200 rallies across Norvania on Thursday.', 200), 'protest|held');
  const a = doc('a.txt', 'Norvamart said there were just 31 protests at its stores in Norvania on Thursday.');
  const b = doc('b.txt', 'The union said 1,000 protests were held at Norvamart stores in Norvania on Thursday.');
  assert.deepStrictEqual(valuePairs(a, b), ['31/1000']);
});

test('verbs of two words whose people took part: one table read by the recognizer and the claims', () => {
  // The recognizer reads a bare figure before any form of these verbs as people, as the claims read a crowd.
  assert.strictEqual(keyOf('By noon, 12,000 have taken part, police in Corvale said.', 12000), 'person|crowd');
  assert.strictEqual(keyOf('By noon, some 3,000 were turning out in Corvale, police said.', 3000), 'person|crowd');
  assert.strictEqual(keyOf('Police said 12,000 people turned up in Corvale on Sunday.', 12000), 'person|crowd');
});

test('people counted through their remains are bodies: "the remains of six villagers", "the bodies of 12 miners"', () => {
  assert.strictEqual(keyOf('Rescuers have recovered the remains of only six villagers in Corvale, the agency said.', 6), 'person|killed');
  assert.strictEqual(keyOf('The bodies of 12 miners were pulled out on Monday, officials in Maraton said.', 12), 'person|killed');
  // The dead named as the dead stay the dead.
  assert.strictEqual(keyOf('The hospital received the bodies of 80 people killed in the blast in Corvale.', 80), 'person|killed');
});

test('a counted thing named in the sentence before: "The toll rose to 40. Of them, 12 were children." is a part of the dead', () => {
  for (const pronoun of ['them', 'those']) {
    const body = `The toll in Corvale rose to 40 on Monday. Of ${pronoun}, 12 were children, the health ministry said.`;
    assert.strictEqual(keyOf(body, 12), 'person|killed+part', body);
  }
  // A fronted whole with its own figure is read as before: "Of the 5,800 schools, 4,100 were closed".
  assert.strictEqual(keyOf('Of the 5,800 schools in Norvania, 4,100 were closed on Monday.', 4100), 'school|closed');
});

test('crowds filling a place are a crowd: "5,000 fans packed the stadium", "crammed into the hall", "streamed down"', () => {
  for (const [body, value] of [
    ['Some 5,000 fans packed the stadium in Corvale on Sunday.', 5000],
    ['About 3,000 people crammed into the hall in Maraton.', 3000],
    ['Some 2,000 streamed down the main street of Corvale on Sunday.', 2000],
  ]) assert.strictEqual(keyOf(body, value), 'person|crowd', body);
});

test('money a market wiped off is its own measure, no loss or cost: "wiped $40 billion off its value"', () => {
  assert.strictEqual(keyOf('The sell-off wiped $40 billion off Norvatec\'s market value on Monday.', 40000000000), 'usd|value_lost');
  // A firm's loss stays a loss.
  assert.strictEqual(keyOf('Norvatec booked a loss of $4 billion in the quarter.', 4000000000), 'usd|net_loss');
});
