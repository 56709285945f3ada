// Round 46 (counted46): what is counted. The noun of an event names what befell the people after "of" ("the
// displacement of 9,000 residents" are people displaced, as "the evacuation of" already read); people who "had" a named
// disease are its cases, as those who tested positive. Invented sentences; the positive tests fail on the build before
// the rules, the guards pass on both.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const FIGHTING = 'Fighting spread across the Tarvo valley on Wednesday.\n\n';

test('"the displacement of N residents" counts people displaced', () => {
  const c = claimOf(`${FIGHTING}The shelling caused the displacement of about 9,000 residents, the mayor said.`, 9000);
  assert.strictEqual(c.measure.key, 'person|displaced');
});

test('the displaced after "the displacement of" keep their event beside another figure\'s lost jobs', () => {
  const c = claimOf(`${FIGHTING}The minister said 300 workers lost their jobs after the displacement of about 9,000 residents.`, 9000);
  assert.strictEqual(c.measure.key, 'person|displaced');
});

test('"the evacuation of N residents" still counts people evacuated (guard)', () => {
  const c = claimOf(`${FIGHTING}The army ordered the evacuation of 9,000 residents on Wednesday.`, 9000);
  assert.strictEqual(c.measure.key, 'person|evacuated');
});

const SCREENING = 'Health workers screened the village of Marsk in March.\n\n';

test('a bare figure that "had" a named disease counts its cases', () => {
  const c = claimOf(`${SCREENING}In May, 800 residents were screened at the clinic, and 61 had cholera, its doctor said.`, 61);
  assert.strictEqual(c.measure.key, 'case|recorded');
});

test('the ones who had the disease meet the ones who tested positive for it', () => {
  const a = doc('a.txt', `${SCREENING}In May, 800 residents were screened in Marsk, and 61 had cholera, the clinic's doctor said.`);
  const b = doc('b.txt', `${SCREENING}In May, 57 residents in Marsk tested positive for cholera, the health ministry said.`);
  assert.ok(valuePairs(a, b).includes('57/61'), JSON.stringify(valuePairs(a, b)));
});

test('people who "had" anything else keep their own reading (guard)', () => {
  const c = claimOf(`${SCREENING}About 40 villagers had lunch at the clinic in March.`, 40);
  assert.notStrictEqual(c.measure.key, 'case|recorded');
});

test('"others" after a count of cases are people: those yet to be tested count no cases', () => {
  const c = claimOf(`${SCREENING}So far 90 residents have tested positive for cholera. More than 300 others have yet to be screened.`, 300);
  assert.strictEqual(c.measure.unit, 'person');
  assert.notStrictEqual(c.measure.key, 'case|recorded');
});

test('"others" after a count of cases who tested positive are still cases (guard)', () => {
  const c = claimOf(`${SCREENING}Officials confirmed 270 cases of cholera on Sunday, and 40 others tested positive on Monday.`, 40);
  assert.strictEqual(c.measure.unit, 'case');
});
