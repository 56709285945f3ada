// Missed contradictions, round 17: bare figures the recognizer dropped (a figure after "soared past", the predicate of a
// long or fronted subject, a participle continuing a toll's clause, a list after "included"), a figure's own date right
// after it in a list, and measure words (a crowd "taken to the streets", patients "being treated", "the N percent who
// voted"). Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-03-12') => claimsOf(report(published, text));
const keys = (text, published) => claims(text, published).map(c => c.measure.key);
const found = (a, b, pa = '2025-03-12', pb = '2025-03-12') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('"soared past N" after a verb of change is more than N; "the past N days" stays a time window', () => {
  const [c] = claims('The death toll from the Velmar landslide has soared past 2,300.');
  assert.strictEqual(c.measure.key, 'person|killed');
  assert.strictEqual(c.low, 2300);
  assert.strictEqual(c.high, null);
  assert.strictEqual(found('The death toll from the Velmar landslide has soared past 2,300.',
    'The death toll from the Velmar landslide has risen to 1,400, officials said.').length, 1);
  // Look-alike: "past" opening a time window is no hedge, and its days are no figure.
  const window = claims('The death toll from the Velmar landslide has risen to 1,400 in the past 3 days.');
  assert.deepStrictEqual(window.map(c => [c.measure.key, c.low, c.high]), [['person|killed', 1400, 1400]]);
});

test('a bare figure after a linking verb takes its subject past a fronted phrase and a relative clause', () => {
  const text = 'Across the province, the number of patients who have died after eating the tainted flour has reached 23.';
  assert.deepStrictEqual(keys(text), ['person|killed']);
  assert.strictEqual(found(text, 'Officials said 31 patients have died after eating the tainted flour in the province.').length, 1);
  // Look-alike: an agent's object names no counted thing of the subject's; nothing is counted.
  assert.deepStrictEqual(keys('Across the province, officials who inspected the mills after the outbreak have counted 23.'), []);
});

test('a participle after a comma continues its clause: the toll kept rising, reaching N', () => {
  const text = 'As the death toll in the Tarvel flood kept rising, reaching 41 on Tuesday, the opposition attacked the government.';
  assert.deepStrictEqual(keys(text), ['person|killed']);
  assert.strictEqual(found(text, 'The death toll in the Tarvel flood stood at 28 on Tuesday, the government said.').length, 1);
  // Look-alike: a subject that is no count of people gives the participle's figure no dead to count.
  const river = keys('As the river in Tarvel kept rising, reaching 41 on Tuesday, the opposition attacked the government.');
  assert.ok(!river.some(k => k.startsWith('person|')), river.join());
  assert.strictEqual(found('As the river in Tarvel kept rising, reaching 41 on Tuesday, the opposition attacked the government.',
    'The death toll in the Tarvel flood stood at 28 on Tuesday, the government said.').length, 0);
});

test('a plural subject of "included" names what a bare list counts, each figure dated by its own month', () => {
  const text = 'The deaths included two in April, six in June, 32 in July and 28 in August, the ministry said.';
  const cs = claims(text, '2024-09-10');
  assert.deepStrictEqual(cs.map(c => c.measure.key), ['person|killed', 'person|killed', 'person|killed', 'person|killed']);
  assert.deepStrictEqual(cs.map(c => c.time.from), ['2024-04-01', '2024-06-01', '2024-07-01', '2024-08-01']);
  assert.strictEqual(found(text, 'The ministry said 51 people died of the fever in July.', '2024-09-10', '2024-09-10').length, 1);
  // Look-alike: a singular subject of "included" counts nothing.
  assert.deepStrictEqual(keys('The package included 300 in cash, the ministry said.', '2024-09-10'), []);
});

test('people who have taken to the streets are a crowd', () => {
  const text = 'The portal estimated that between 600,000 and 800,000 citizens have taken to the streets of Velmar on Sunday.';
  assert.deepStrictEqual(keys(text), ['person|crowd']);
  assert.strictEqual(found(text, 'Police said 120,000 people marched in Velmar on Sunday.').length, 1);
});

test('patients being treated now are a count of the day, as those undergoing treatment are', () => {
  const text = 'He said five children are currently being treated in Nagrel.';
  assert.deepStrictEqual(keys(text), ['person|in treatment']);
  assert.strictEqual(found(text, 'Nine children are undergoing treatment in Nagrel, the collector said.').length, 1);
  // Look-alike: everyone treated so far is another count.
  assert.deepStrictEqual(keys('Doctors have treated 40 children in Nagrel since the outbreak began.'), ['person|hospitalized']);
});

test('"the N percent who voted" is a turnout; "of those who voted" stays the whole of a share of the vote', () => {
  assert.deepStrictEqual(keys('That is well below the almost 52 percent who voted in the 2012 election won by Ada Velm.'), ['percent|turnout']);
  assert.deepStrictEqual(keys('Of those who voted in the election, 52 percent backed Ada Velm.'), ['percent|vote_share']);
  assert.strictEqual(found('That is well below the almost 52 percent who voted in the 2012 election won by Ada Velm.',
    'In the 2012 election, won by Ada Velm, turnout hit 46 percent.').length, 1);
});
