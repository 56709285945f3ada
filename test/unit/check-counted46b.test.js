// Round 46 (counted46b): what is counted, second pass. A carrier's or a tour operator's customers "brought back" to
// their country are travellers repatriated, and meet tourists flown home. Invented sentences; the positive tests fail
// on the build before the rules, the guards pass on both.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const COLLAPSE = 'The tour operator Sunvale collapsed on Monday, leaving travellers abroad.\n\n';

test('"bring N customers back to" a country counts travellers repatriated', () => {
  const c = claimOf(`${COLLAPSE}The aviation regulator will bring 42,000 customers back to Norway over the next ten days.`, 42000);
  assert.strictEqual(c.measure.key, 'person|repatriated');
});

test('"flew N customers back home" counts travellers repatriated', () => {
  const c = claimOf(`${COLLAPSE}Chartered jets flew 9,000 customers back home on Tuesday, the regulator said.`, 9000);
  assert.strictEqual(c.measure.key, 'person|repatriated');
});

test('customers brought back meet tourists repatriated', () => {
  const a = doc('a.txt', `${COLLAPSE}Chartered jets flew 42,000 customers back home by Friday, the regulator said.`);
  const b = doc('b.txt', `${COLLAPSE}An estimated 38,000 tourists were repatriated by Friday, the regulator said.`);
  assert.ok(valuePairs(a, b).includes('38000/42000'), JSON.stringify(valuePairs(a, b)));
});

test('"bring N staff back to work" is no repatriation (guard)', () => {
  const c = claimOf('The mill reopened on Monday.\n\nThe owners will bring 300 staff back to work next month.', 300);
  assert.notStrictEqual(c.measure.event, 'repatriated');
});

// A tally's relative clause of people no one can reach names the missing, whatever verb then moves the tally.
const QUAKE = 'A strong quake struck the Marsk coast on Monday.\n\n';

test('"the tally of villagers that rescuers had been unable to reach fell to N" counts the missing', () => {
  const c = claimOf(`${QUAKE}The tally of villagers that rescuers had been unable to reach fell to 140 on Friday.`, 140);
  assert.strictEqual(c.measure.key, 'person|missing');
});

test('"N residents could not be reached" counts the missing', () => {
  const c = claimOf(`${QUAKE}Officials said 140 residents could not be reached on Friday.`, 140);
  assert.strictEqual(c.measure.key, 'person|missing');
});

test('a workforce reduced by N people is still a job cut (guard)', () => {
  const c = claimOf('The mill closed a line on Monday.\n\nThe firm reduced its workforce by 140 people on Friday.', 140);
  assert.strictEqual(c.measure.key, 'job|cut');
});
