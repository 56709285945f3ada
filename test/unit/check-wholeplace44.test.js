// Round 44 (wholeplace44, issue 10): a country taken only from a demonym before a voice or a force ("villagers asked the
// Varnian army to stop, saying 40 had died") says whose voice it is, not where the figure happened: it is no whole holding the other side's
// town, and the town's smaller count is its rival. A country the figure's words place it in stays the whole, and a sum of
// money of a demonym ("the Varnian economy") is the country's own. "the capital" after a people's name in its clause is
// that people's capital. Invented sentences; the first and the last test fail on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs, claimOf } = require('./claimReports');

const town = 'Residents said 25 people were killed in the fighting in Maiduguri on Tuesday.';

test('a toll beside a demonym\'s army meets a smaller toll placed in a town of that country', () => {
  const a = 'Villagers asked the Nigerian army on Tuesday to halt its raids, saying 40 people had been killed in the fighting.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', town)), ['25/40']);
});

test('a toll the words place in the country still holds a town\'s smaller toll', () => {
  const a = 'Villagers asked the army on Tuesday to halt its raids, saying 40 people had been killed in the fighting in Nigeria.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', town)), []);
});

test('a sum of money voiced by a demonym still holds a town\'s smaller sum', () => {
  const a = 'Villagers asked the Nigerian army to rebuild, saying the floods in March did $40 million of damage.';
  const b = 'The damage from the floods in Maiduguri in March reached $25 million, traders said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('"the capital" after a people\'s name in its clause is that people\'s capital', () => {
  const scope = claimOf('Chilean police put the crowd in the capital at 30,000.', 30000)?.scope;
  assert.ok(scope?.includes('place:santiago'), JSON.stringify(scope));
});
