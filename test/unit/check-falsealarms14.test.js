// False alarms of the check, round 14: classes found with `node scripts/eval-check.mjs --fa-why-items` on the development
// sets (place, reference time, measure, holder). Invented sentences of the shapes found there; each test fails on the
// build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const populationOf = (claims, value) => claims.find(c => c.value === value)?.scope.find(id => id.startsWith('pop:')) ?? null;

test('population: a rate names the part of the people it is of, each figure its own', () => {
  const two = claimsOf(report('2024-05-12', 'The survey put the jobless rate at 7.2% for women and 5.9% for men in 2023.'));
  assert.strictEqual(populationOf(two, 7.2), 'pop:female');
  assert.strictEqual(populationOf(two, 5.9), 'pop:male');
  const areas = claimsOf(report('2024-05-12', 'Poverty was lower in urban areas (11%) than in rural districts (24%), and youth unemployment reached 31% last year.'));
  assert.strictEqual(populationOf(areas, 11), 'pop:urban');
  assert.strictEqual(populationOf(areas, 24), 'pop:rural');
  assert.strictEqual(populationOf(areas, 31), 'pop:youth');
  const ages = claimsOf(report('2024-05-12', 'The jobless rate for people aged 16 to 24 was 18.4% in March, the agency said.'));
  assert.strictEqual(populationOf(ages, 18.4), 'pop:youth');
  const same = claimsOf(report('2024-05-12', 'The rate among men between the ages of 15 and 29 was 14.1% and 16.3% for women in the same age group.'));
  assert.strictEqual(populationOf(same, 14.1), 'pop:male+youth');
  assert.strictEqual(populationOf(same, 16.3), 'pop:female+youth');
  // The headline rate, and words that name no population of the rate, give none.
  const plain = claimsOf(report('2024-05-12', "Women's groups said unemployment in Norvania stood at 6.4% in 2023."));
  assert.strictEqual(populationOf(plain, 6.4), null);
});

test('population: a rate of a part of the people is no rival of the headline rate nor of another part\'s', () => {
  const headline = ['a.txt', report('2024-05-12', 'Unemployment in Norvania stood at 6.1% in 2023, the statistics office said.')];
  const women = ['b.txt', report('2024-05-12', 'Joblessness in Norvania was 8.3% among women in 2023, the statistics office said.')];
  const young = ['c.txt', report('2024-05-12', 'Youth unemployment in Norvania stood at 17.5% in 2023, the statistics office said.')];
  assert.deepStrictEqual(findings(headline, women).map(f => f.message), []);
  assert.deepStrictEqual(findings(headline, young).map(f => f.message), []);
  assert.deepStrictEqual(findings(women, young).map(f => f.message), []);
  // The same population on both sides is still a rival.
  const youngToo = ['d.txt', report('2024-05-12', 'The youth jobless rate in Norvania was 11.2% in 2023, a union said.')];
  assert.strictEqual(findings(young, youngToo).length, 1);
});

const holderOf = (text, value) => {
  const engine = require('../../dist/engine.js');
  const c = claimsOf(report('2024-05-12', text)).find(x => x.value === value);
  return engine.detailOf(c)?.holder ?? null;
};

test('holder: the name a defeat verb takes lost; the share after it is the winner\'s', () => {
  assert.strictEqual(holderOf('In the vote on Sunday, Anna Petrova beat Ivan Sokolov, winning 52 per cent of the vote.', 52), 'holder:petrova');
  assert.strictEqual(holderOf('In the vote on Sunday, Anna Petrova defeated Ivan Sokolov, taking 52 per cent of the vote.', 52), 'holder:petrova');
  // With no defeat verb the nearest name still holds the share.
  assert.strictEqual(holderOf('In the vote on Sunday, Ivan Sokolov won 41 per cent of the vote.', 41), 'holder:sokolov');
});

test('holder: a name inside an apposition describes the subject before it, whose share it is', () => {
  const text = 'In the vote on Sunday, Lena Brand, an independent and former Sokolov ally, won 9 per cent of the vote.';
  assert.strictEqual(holderOf(text, 9), 'holder:brand');
  // So her share is no rival of Sokolov's.
  const a = ['a.txt', report('2024-05-12', text)];
  const b = ['b.txt', report('2024-05-12', 'In the vote on Sunday, Ivan Sokolov won 41 per cent of the vote, officials said.')];
  assert.deepStrictEqual(findings(a, b).map(f => f.message), []);
});

test('part: "N of those who died were X" is a part of the dead, no rival of the toll', () => {
  const part = claimsOf(report('2024-05-12', 'The governor said on Tuesday that 18 of those who died were police officers.'));
  assert.strictEqual(part.find(c => c.value === 18).measure.event, 'killed+part');
  const killed = claimsOf(report('2024-05-12', 'The governor said 7 of those killed were children.'));
  assert.strictEqual(killed.find(c => c.value === 7).measure.event, 'killed+part');
  const a = ['a.txt', report('2024-05-12', 'The governor said on Tuesday that 18 of those who died in the riots in Osh were police officers.')];
  const b = ['b.txt', report('2024-05-12', 'On Tuesday a rights group said 240 people died in the riots in Osh.')];
  assert.deepStrictEqual(findings(a, b).map(f => f.message), []);
});

test('part: the badly hurt ("seven seriously", "critically injured") are a part of the hurt, no rival of their count', () => {
  const listed = claimsOf(report('2024-05-12', 'The minister said 130 people were injured in the clashes – nine seriously – and 40 were detained.'));
  assert.ok(listed.find(c => c.value === 9).scope.includes('kind:serious'));
  assert.ok(!listed.find(c => c.value === 130).scope.includes('kind:serious'));
  const a = ['a.txt', report('2024-05-12', 'On Sunday officials said 14 people were critically injured in the clashes in Lyon.')];
  const b = ['b.txt', report('2024-05-12', 'On Sunday the police said 60 people were injured in the clashes in Lyon.')];
  assert.deepStrictEqual(findings(a, b).map(f => f.message), []);
});
