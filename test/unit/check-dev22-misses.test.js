// Round 28 (issue 10, recall): development 22's misses, by class. Invented sentences; each test marked "fails before"
// failed on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

const timeOf = (body, value, published) => claimOf(body, value, published)?.time;

test('fails before: a lede\'s attributive year ("Velandia\'s 2024 coup leader") frames no later paragraph', () => {
  const body = 'Velandia\'s 2024 coup leader moved closer to power after the vote.\n\n'
    + 'His party won more than 4.2 million votes, the commission said.';
  assert.deepStrictEqual(timeOf(body, 4200000, '2031-03-25'), { from: '2031-03-25', to: '2031-03-25' });
});

test('fails before: "the 2019 earthquake" of a lede frames no later paragraph', () => {
  const body = 'Rescuers compared the damage with the 2019 earthquake along the coast.\n\nAbout 1,300 homes were destroyed.';
  assert.deepStrictEqual(timeOf(body, 1300, '2031-09-30'), { from: '2031-09-30', to: '2031-09-30' });
});

test('guard: a year beside no event noun still frames later paragraphs', () => {
  const body = 'The 2029 budget was passed in March.\n\nAbout 5,200 jobs were cut.';
  assert.deepStrictEqual(timeOf(body, 5200, '2031-06-20'), { from: '2029-01-01', to: '2029-12-31' });
});

test('guard: the attributive year still dates its own sentence\'s figures', () => {
  assert.deepStrictEqual(timeOf('The 2019 earthquake killed 800 people.', 800, '2031-09-30'),
    { from: '2019-01-01', to: '2019-12-31' });
});

const { doc, valuePairs } = require('./claimReports');

test('fails before: a train\'s carriages and its cars are one counted thing', () => {
  const pairs = valuePairs(
    doc('a.txt', 'Four carriages were destroyed when the commuter train crashed near Oldbridge on Monday.'),
    doc('b.txt', 'Six cars were destroyed when the commuter train crashed near Oldbridge on Monday.'));
  assert.deepStrictEqual(pairs, ['4/6']);
});
