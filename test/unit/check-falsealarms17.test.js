// False alarms from the measure, the counted thing and the holder, round 17 (issue 10): words that only say which people
// or which whole a figure is of, read as its event or its measure. Invented sentences of the classes read on the
// development sets' false alarms; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf, claimOf, keyOf, doc, valuePairs: pairs } = require('./claimReports');


test('measure: "on board" after the counted people says which people; the clause\'s verb says what befell them', () => {
  assert.strictEqual(keyOf('The crash claimed the lives of 180 passengers on board the jet, officials said on Tuesday.', 180), 'person|killed');
  assert.strictEqual(keyOf('Officials said only three of the 180 people on board the ferry survived.', 3), 'person|survived');
  assert.strictEqual(keyOf('At least 200 people, including 170 of the 180 on board the jet, were killed on Tuesday.', 170), 'person|killed+part');
  // Look-alikes: the load itself, carried or with the vehicle, stays those aboard.
  assert.strictEqual(keyOf('The jet was flying to Oslo with 180 people on board when it crashed on Tuesday.', 180), 'person|aboard');
  assert.strictEqual(keyOf('A ferry carrying 180 passengers on board sank on Tuesday.', 180), 'person|aboard');
  assert.strictEqual(keyOf('There were 180 people aboard the ferry on Tuesday.', 180), 'person|aboard');
});

test('check: the dead among those on board are no rival of everyone on board; two tolls of them still are', () => {
  const aboard = doc('a.txt', 'The Norvania Air jet was flying to Oslo with 180 people on board when it crashed on Tuesday, the airline said.');
  const dead = doc('b.txt', 'The crash on Tuesday claimed the lives of 179 passengers on board the Norvania Air jet, officials said.');
  assert.deepStrictEqual(findings(aboard, dead), []);
  // The same shape, a true conflict: two tolls of those on board.
  const other = doc('c.txt', 'The crash on Tuesday killed 150 passengers on board the Norvania Air jet, the airline said.');
  assert.ok(findings(dead, other).length > 0, 'two tolls of the people on board should meet');
});

test('check: a part named outside a role ("non-passengers") is no rival of a part of those on board', () => {
  const a = doc('a.txt', 'The toll of the Norvania Air crash on Tuesday rose to 210, including 30 non-passengers, officials said.');
  const b = doc('b.txt', 'At least 200 people, including 170 of the 180 on board the Norvania Air jet, were killed on Tuesday, the airline said.');
  assert.ok(!pairs(a, b).includes('30/170'), JSON.stringify(pairs(a, b)));
  const roles = claimsOf(a[1]).find(c => c.value === 30)?.scope ?? [];
  assert.ok(roles.includes('role:non-passenger'), JSON.stringify(roles));
});

test('measure: "per capita" before the figure makes it a rate per person, no rival of the whole economy', () => {
  assert.match(keyOf("Norvania's per capita GDP rose to about $2,400 in 2023, the IMF said.", 2400) ?? '', /\/per-capita\|/);
  assert.match(keyOf("Norvania's GDP per head was $2,400 in 2023, the IMF said.", 2400) ?? '', /\/per-capita\|/);
  // Look-alike: the whole economy keeps its plain unit.
  assert.doesNotMatch(keyOf("Norvania's GDP was $40 billion in 2023, the IMF said.", 40e9) ?? '', /per-capita/);
  const whole = doc('a.txt', "Norvania's GDP was $40 billion in 2023, the statistics office said.");
  const perHead = doc('b.txt', "Norvania's per capita GDP was about $2,400 in 2023, the IMF said.");
  assert.deepStrictEqual(findings(whole, perHead), []);
  // A true conflict of the same shape: two per capita figures of one year.
  const rival = doc('c.txt', "Norvania's per capita GDP was $3,900 in 2023, the World Bank said.");
  assert.ok(findings(perHead, rival).length > 0, 'two per capita figures of one year should meet');
});

test('counted thing: "the number of" names its counted noun past the nouns that modify it', () => {
  const text = 'The total number of cholera infection cases reported in Norvania so far this year has reached 4,200, and the government has confirmed 60 deaths.';
  assert.strictEqual(keyOf(text, 4200), 'case|recorded');
  // The cases are no rival of the deaths of another report; two counts of cases are.
  const deaths = doc('b.txt', 'The health ministry said on Tuesday that 45 people had died of cholera in Norvania so far this year.');
  const cases = doc('a.txt', text);
  assert.ok(!pairs(cases, deaths).includes('45/4200'), JSON.stringify(pairs(cases, deaths)));
  const rival = doc('c.txt', 'The total number of cholera cases reported in Norvania so far this year has reached 6,900, the health ministry said.');
  assert.ok(findings(cases, rival).length > 0, 'two counts of cases should meet');
});

test('measure: a share followed by the choice it went to is a vote share, the turnout beside it is the turnout', () => {
  const vote = 'The referendum on Norvania was held on Sunday.';
  assert.strictEqual(keyOf(`${vote} Official results: 91% for independence, turnout 64 percent.`, 91), 'percent|vote_share');
  assert.strictEqual(keyOf(`${vote} Official results: 91% for independence, turnout 64 percent.`, 64), 'percent|turnout');
  assert.strictEqual(keyOf(`${vote} The council found turnout of 30%, with those voting in favour 15%.`, 15), 'percent|vote_share');
  // Look-alike: a turnout "for" a round is still the turnout.
  assert.strictEqual(keyOf(`${vote} Turnout was 60% for the first round, the commission said.`, 60), 'percent|turnout');
  const a = doc('a.txt', `${vote} Official results: 91% for independence, turnout 64 percent.`);
  const b = doc('b.txt', `${vote} Observers said the turnout in the referendum on Sunday was only 35 percent.`);
  const found = pairs(a, b);
  assert.ok(!found.includes('35/91'), JSON.stringify(found));
  assert.ok(found.includes('35/64'), JSON.stringify(found));
});

test('measure: an event still awaited ("awaiting rescue", "yet to be rescued") has not befallen the people counted', () => {
  assert.ok(!/rescued/.test(keyOf('Nearly 400 people, who are still awaiting rescue, are sheltering in army camps.', 400) ?? ''));
  assert.ok(!/evacuated/.test(keyOf('Officials said 120 villagers were yet to be evacuated on Monday.', 120) ?? ''));
  // Look-alike: people rescued are rescued.
  assert.strictEqual(keyOf('Soldiers have rescued 8,000 people from the valley, officials said on Monday.', 8000), 'person|rescued');
  const rescued = doc('a.txt', 'Soldiers have rescued 8,000 people from the Norvania valley, officials said on Monday.');
  const waiting = doc('b.txt', 'Nearly 400 people in the Norvania valley, who are still awaiting rescue, are sheltering in army camps, officials said on Monday.');
  assert.deepStrictEqual(pairs(rescued, waiting), []);
  const rival = doc('c.txt', 'Soldiers have rescued 5,000 people from the Norvania valley, the army said on Monday.');
  assert.ok(pairs(rescued, rival).includes('5000/8000'), JSON.stringify(pairs(rescued, rival)));
});

test('measure: a figure after "after"/"before" is the subject of its own clause, not of the event before it', () => {
  const text = 'The charity said 200 people had died after around 2,500 patients with symptoms flooded into hospitals on Wednesday.';
  assert.strictEqual(keyOf(text, 200), 'person|killed');
  assert.ok(!/killed/.test(keyOf(text, 2500) ?? ''), keyOf(text, 2500));
  const toll = doc('a.txt', 'The attack on Wednesday killed 1,300 people in the Norvania suburbs, the opposition said.');
  assert.ok(!pairs(toll, doc('b.txt', text)).includes('1300/2500'), JSON.stringify(pairs(toll, doc('b.txt', text))));
  // Look-alike: the figure before the subordinator keeps its event.
  assert.strictEqual(keyOf('Some 45 people died before the ambulances arrived on Wednesday.', 45), 'person|killed');
});

test('change: "down from an official count of 41" is the earlier value of the change, no rival of the new one', () => {
  const text = 'At least 60 Norvanians died, diplomats said, down from an official count of 41.';
  assert.strictEqual(claimOf(text, 41)?.detail?.superseded, true);
  assert.ok(!claimOf(text, 60)?.detail?.superseded);
  // Look-alike: a count of something after "of" with no change before it stays a value.
  assert.ok(!claimOf('The ministry gave an official count of 41 dead on Monday.', 41)?.detail?.superseded);
});

test('counted thing: a relative pronoun a put verb takes stands for the tally named right before it', () => {
  const text = 'The death toll and the number of injured — which the United Nations puts at nearly 9,000 — is expected to rise.';
  assert.strictEqual(keyOf(text, 9000), 'person|wounded');
  const toll = doc('a.txt', 'The death toll in the Norvania earthquake has climbed to 5,100, officials said on Tuesday.');
  const hurt = doc('b.txt', `In Norvania, ${text.charAt(0).toLowerCase()}${text.slice(1)}`);
  assert.ok(!pairs(toll, hurt).includes('5100/9000'), JSON.stringify(pairs(toll, hurt)));
  // Look-alike: a toll the pronoun stands for is the dead.
  assert.strictEqual(keyOf('The death toll, which officials put at 300, is expected to rise.', 300), 'person|killed');
});

test('measure: a toll carried from the figure before yields to its own clause\'s event; "a further" count of another measure is no increment', () => {
  const text = 'The spokesman said on Tuesday that the official death toll had risen to 4,400, with a further 8,100 known to have been injured.';
  assert.strictEqual(keyOf(text, 4400), 'person|killed');
  assert.strictEqual(keyOf(text, 8100), 'person|wounded');
  // Look-alikes: a toll in the figure's own clause keeps the dead; "a further" count of the same measure is an increment.
  assert.strictEqual(keyOf('The toll rose to 41 after seven injured passengers died on Monday.', 41), 'person|killed');
  assert.match(keyOf('Rescuers said 20 people were killed on Monday and a further 12 killed on Tuesday.', 12) ?? '', /killed\+diff/);
  const a = doc('a.txt', text);
  const b = doc('b.txt', 'The United Nations said on Tuesday that nearly 7,000 people had been injured in the quake.');
  assert.ok(pairs(a, b).includes('7000/8100'), JSON.stringify(pairs(a, b)));
});

test('counted thing: the people in critical or serious condition are a part of those treated, no rival of another part', () => {
  const text = 'Another six children are undergoing treatment in hospitals, and the condition of five of them remains critical, the collector said.';
  assert.ok(claimOf(text, 5)?.scope?.includes('kind:serious'), JSON.stringify(claimOf(text, 5)?.scope));
  assert.ok(!claimOf(text, 6)?.scope?.includes('kind:serious'));
});
