// Figures a reader compares that were no claims at all, round 33 (figures33, issues 10 and 11): how long something took
// and how late it ran, with invented sentences. Each finding test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, findings, valuePairs } = require('./claimReports');

test('"it took 28 minutes" is a time taken, read in minutes', () => {
  const c = claimOf('The ambulance service in Varnia said its records show it took 28 minutes.', 28);
  assert.strictEqual(c?.measure.key, 'minute|took');
});

test('a time taken in hours meets one in minutes: more than an hour against 28 minutes', () => {
  const a = 'A storm hit Kessa on Monday.\n\nHis family say it took more than an hour for paramedics to arrive at the house in Kessa.';
  const b = 'A storm hit Kessa on Monday.\n\nThe ambulance service said its records show it took 28 minutes to reach the house in Kessa.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['28/60']);
});

test('"took an ambulance 70 minutes to arrive" is a time taken too', () => {
  const a = 'A storm hit Kessa on Monday.\n\nIt took an ambulance 70 minutes to arrive and take him to hospital in Kessa.';
  const b = 'A storm hit Kessa on Monday.\n\nThe ambulance service said it took 28 minutes to reach him in Kessa.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['28/70']);
});

test('"ran more than five hours behind schedule" is a wait, a rival of waits of up to two hours', () => {
  const a = 'A computer fault grounded Norvair flights on Wednesday.\n\nSome Norvair flights ran more than five hours behind schedule.';
  const b = 'A computer fault grounded Norvair flights on Wednesday.\n\nNorvair passengers faced waits of up to two hours.';
  assert.strictEqual(claimOf(a, 5)?.measure.key, 'hour|lasted');
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['2/5']);
});

test('"took place two weeks before", "took power six months ago", "two hours later" are no time taken', () => {
  assert.strictEqual(claimOf('The vote took place two weeks before the election in Varnia.', 2), undefined);
  assert.strictEqual(claimOf('The junta, which took power six months ago, ruled by decree.', 6), undefined);
  assert.strictEqual(claimOf('Two hours later, a second blast shook the port of Kessa.', 2), undefined);
});

test('a time taken is no rival of a count or of a stay: 45 minutes against 45 injured, 12 days in hospital', () => {
  const a = 'A bus crashed near Kessa on Monday.\n\nIt took rescuers 45 minutes to reach the bus near Kessa.';
  const b = 'A bus crashed near Kessa on Monday.\n\nPolice said 30 people were injured and one spent 12 days in hospital.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

const engine = require('../../dist/engine.js');
/** The recognized figures of one sentence, as "text low..high". */
const figures = text => engine.analyzeText('a.txt', `${text}\n`).quantities.map(q => `${q.text} ${q.low}..${q.high}`);

test('news style spells a low end under ten and writes a high end in digits: one range', () => {
  assert.deepStrictEqual(figures('Between two and 10 people were hurt in Kessa.'), ['Between two and 10 people 2..10']);
  assert.deepStrictEqual(figures('It can take from three to 12 days for symptoms to appear.'), ['from three to 12 days 3..12']);
});

test('a spelled range of a time taken meets a written one: from two to 10 days against 21 days', () => {
  const a = 'A fever spread in Kessa in May.\n\nIt took from two to 10 days for symptoms of the Kessa fever to appear.';
  const b = 'A fever spread in Kessa in May.\n\nIt took 21 days for symptoms of the Kessa fever to appear.';
  assert.strictEqual(claimOf(a, null)?.low, 2880);
  assert.strictEqual(findings(doc('a.txt', a), doc('b.txt', b)).length, 1);
});
