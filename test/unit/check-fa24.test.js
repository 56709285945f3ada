// Round 24 (issue 10, precision): false alarms where two figures a careful reader keeps apart were matched, by class.
// Invented sentences; each class test fails on the build before this round, and a look-alike that must still pair is
// tested beside it.
const test = require('node:test');
const assert = require('node:assert');
const { findings, doc } = require('./claimReports');

const values = (...docs) => findings(...docs).map(f => f.message);

test('figures of one sentence listing a count part by part are no rivals of each other', () => {
  // The parts' places are read as one list, so only the sentence tells them apart.
  for (const body of [
    "South Norvania's Tesk Province accounts for 1,118 of the cases, North Norvania's Varn Province has recorded 41, "
      + "Balmora 19, the Upper Tesk Region 11, Central Norvania's Orla Province seven and Corvale two.",
    "Southern Ardia's Kessel Province accounts for 860 of the infections, Western Ardia's Morva Province has recorded 36, "
      + "Dunmore 14, Eastern Ardia's Lusk Province five and Tarvik one.",
  ]) assert.deepStrictEqual(values(doc('a.txt', body)), [], body);
});

test('two voices in one sentence stay rivals, and a listed figure stays a rival of another report', () => {
  const two = doc('a.txt', 'Police said 40,000 people marched in Corvale on Saturday, while the organisers put the turnout at 250,000.');
  assert.strictEqual(findings(two).length, 1, JSON.stringify(values(two)));
  const list = doc('a.txt', 'On Tuesday the health ministry said 412 cases had been recorded in Norvale, 27 in Balmora and nine in Varn.');
  const other = doc('b.txt', 'On Tuesday the regional health office said Norvale had recorded 650 cases.');
  assert.ok(findings(list, other).length >= 1, JSON.stringify(values(list, other)));
});

test('"N others" after a figure of the same measure is a further group: neither figure is the whole count', () => {
  const split = doc('a.txt', 'Officials said 14 people were killed in the blast in Corvale on Monday, while 23 others were killed in the stampede that followed.');
  const whole = doc('b.txt', 'A total of 37 people were killed in Corvale on Monday, the governor said.');
  assert.deepStrictEqual(values(split, whole), []);
  // Others of another measure are that measure's whole count, and a rival of it.
  const wounded = doc('c.txt', 'Officials said 14 people were killed in the blast in Corvale on Monday and 60 others were wounded.');
  const otherWounded = doc('d.txt', 'The governor said 210 people were wounded in the blast in Corvale on Monday.');
  assert.strictEqual(findings(wounded, otherWounded).length, 1, JSON.stringify(values(wounded, otherWounded)));
});

test("a toll's last day (\"in the past 24 hours\", \"overnight\") is its growth, no rival of the toll", () => {
  const day = doc('a.txt', 'The health ministry said on Tuesday that 96 people have died of cholera in Varnia, 70 of them children, with seven deaths in the past 24 hours.');
  const toll = doc('b.txt', 'The cholera toll in Varnia reached 104 on Tuesday, the WHO said.');
  assert.deepStrictEqual(values(day, toll).filter(m => /^seven|vs seven/.test(m)), [], JSON.stringify(values(day, toll)));
  const night = doc('c.txt', 'Eleven people were killed overnight in shelling of Corvale, the governor said on Tuesday.');
  const killed = doc('d.txt', 'The governor said on Tuesday that 140 people had been killed in Corvale since the shelling began.');
  assert.deepStrictEqual(values(night, killed), []);
  // A toll its clause names as the level stays a toll: "bringing the toll to 104".
  const level = doc('e.txt', 'Seven people died of cholera in Varnia in the past 24 hours, bringing the toll to 130, the ministry said on Tuesday.');
  assert.ok(values(level, toll).some(m => /^130|vs 130/.test(m)), JSON.stringify(values(level, toll)));
});
