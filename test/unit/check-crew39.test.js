// Round 39 (crew39): crew members are the crew, now that passengers beside a crew count are a part of everyone on board
// (measure39). Invented sentences; each test but the guards fails on the build before the rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const SHIP = 'A ferry capsized in a storm off the island of Dornel on Sunday.\n\n';
const kinds = c => c.scope.filter(id => id.startsWith('kind:') || id.startsWith('role:')).sort();

test('crew members, crewmembers and crewmen count the crew, a kind of person', () => {
  for (const noun of ['crew members', 'crewmembers', 'crewmen']) {
    const c = claimOf(`${SHIP}The coast guard said nine ${noun} were killed.`, 9);
    assert.strictEqual(c.measure.key, 'person|killed', noun);
    assert.deepStrictEqual(kinds(c), ['kind:crew'], noun);
  }
  assert.strictEqual(claimOf(`${SHIP}The ferry had 23 crew members on board.`, 23).measure.unit, 'person');
});

test('crew members and the crew are one count; the crew is no rival of all the dead', () => {
  const a = doc('a.txt', `${SHIP}The coast guard said on Monday that nine crew members were killed.`);
  const b = doc('b.txt', `${SHIP}The coast guard said on Monday that 13 crew were killed.`);
  const all = doc('c.txt', `${SHIP}The coast guard said on Monday that 40 people were killed.`);
  assert.deepStrictEqual(valuePairs(a, b), ['9/13']);
  assert.deepStrictEqual(valuePairs(a, all), []);
});

test('a cabin crew and flight attendants are a part of the crew, no rival of it', () => {
  const cabin = claimOf(`${SHIP}The coast guard said four cabin crew members were killed.`, 4);
  assert.deepStrictEqual(kinds(cabin), ['kind:cabin-crew']);
  const attendants = claimOf(`${SHIP}The coast guard said four flight attendants were killed.`, 4);
  assert.strictEqual(attendants.measure.unit, 'person');
  assert.deepStrictEqual(kinds(attendants), ['kind:cabin-crew']);
  const part = doc('a.txt', `${SHIP}The coast guard said on Monday that four cabin crew were killed.`);
  const whole = doc('b.txt', `${SHIP}The coast guard said on Monday that 11 crew members were killed.`);
  assert.deepStrictEqual(valuePairs(part, whole), []);
});

test('passengers beside a count of crew members are a part of everyone aboard (guard)', () => {
  const a = doc('a.txt', `${SHIP}Officials said on Sunday that 212 passengers and 14 crew members were on board.`);
  const agrees = doc('b.txt', `${SHIP}The operator said on Sunday that 226 people were on board.`);
  const differs = doc('c.txt', `${SHIP}The operator said on Sunday that 240 people were on board.`);
  assert.deepStrictEqual(valuePairs(a, agrees), []);
  assert.deepStrictEqual(valuePairs(a, differs), ['226/240']);
});
