// Reference time, round 20 (issue 10): classes of gold pairs kept apart by the time a claim speaks of.
// Invented sentences of the shapes found by `eval-check.mjs --why-items`; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimOf } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
const timeOf = (body, value, published) => claimOf(body, value, published)?.time;

test('the span a superlative ranks over dates no figure and frames no later sentence', () => {
  // "the worst ... over the past two decades" is how long the record stands, not when 300 were killed.
  const own = 'The flooding, thought to be the worst in the region over the past two decades, killed 300 people in Kelby.';
  assert.strictEqual(timeOf(own, 300, '2025-03-04')?.from, '2025-03-04');
  // Nor does it frame the next sentence: Monday does.
  const next = 'The floods that hit Kelby on Monday were the worst in Norvania over the past two decades. '
    + 'Officials said 120 people were killed in Kelby.';
  assert.strictEqual(timeOf(next, 120, '2025-03-04')?.from, '2025-03-03');
  // "the highest in the last three decades" leaves the next figure to February.
  const rate = 'Inflation in Norvania rose to 9.1 percent in February, the highest in the last three decades. Unemployment was 6.2 percent.';
  assert.strictEqual(timeOf(rate, 6.2, '2025-03-04')?.from, '2025-02-01');
});

test('a toll framed by a record\'s span meets another report\'s toll of the day', () => {
  const a = ['a.txt', report('2025-03-04', 'The floods that hit Kelby on Monday were the worst in Norvania over the past two decades. '
    + 'Officials said 120 people were killed in Kelby.')];
  const b = ['b.txt', report('2025-03-05', 'The floods killed 45 people in Kelby on Monday, police said.')];
  const m = messages(a, b);
  assert.ok(m.some(x => /120/.test(x) && /45/.test(x)), m.join('\n'));
});

test('a span counted forward, read from publication, dates no stated figure of a past event', () => {
  // "over the next few years" after a leak of 2001 counts from the leak, not from the report's day.
  const years = 'On Dec. 3, 2001, gas escaped from a plant in Kelby. '
    + 'The government says 4,000 died soon afterward and the toll rose to an estimated 15,000 over the next few years.';
  assert.strictEqual(timeOf(years, 15000, '2025-03-04')?.from, '2001-12-03');
  assert.strictEqual(timeOf(years, 4000, '2025-03-04')?.from, '2001-12-03');
  // A forecast keeps the span: it speaks of what is ahead.
  const ahead = 'Officials expect the toll to reach 500 over the next few days.';
  assert.strictEqual(timeOf(ahead, 500, '2025-03-04')?.to, '2025-03-07');
});

test('a toll of a past event counted "within the next few days" meets another count of that event', () => {
  const a = ['a.txt', report('2025-03-04', 'On Dec. 3, 2001, gas escaped from a plant in Kelby. '
    + 'The leak killed over 10,000 people in Kelby within the next few days.')];
  const b = ['b.txt', report('2025-03-05', 'The gas leak of Dec. 3, 2001 in Kelby killed 4,000 people, the government says.')];
  const m = messages(a, b);
  assert.ok(m.some(x => /10,000/.test(x) && /4,000/.test(x)), m.join('\n'));
});

test('a date another figure holds "as of" dates only that figure', () => {
  // The workforce is as of March 1, 2024; the cut the report tells of is not.
  const body = 'Acme cut 1,200 jobs from its workforce of 40,000 as of March 1, 2024.';
  assert.strictEqual(timeOf(body, 1200, '2025-03-04')?.from, '2025-03-04');
  assert.strictEqual(timeOf(body, 40000, '2025-03-04')?.from, '2024-03-01');
  // A date before both figures still dates both.
  const before = 'As of March 1, 2024, Acme employed 40,000 people and had cut 1,200 jobs.';
  assert.strictEqual(timeOf(before, 1200, '2025-03-04')?.from, '2024-03-01');
});

test('a toll risen to a value on a stated day holds an earlier running total: a lower one is later and lower', () => {
  const a = ['a.txt', report('2025-03-04', 'The national broadcaster announced late Monday that the death toll from the Kelby landslide had risen above 300.')];
  const lower = ['b.txt', report('2025-03-05', 'The search for survivors of the Kelby landslide continued on Tuesday as the official death toll rose to 245.')];
  const m = messages(a, lower);
  assert.ok(m.some(x => /300/.test(x) && /245/.test(x) && /later and lower/.test(x)), m.join('\n'));
  // A toll that rose above it is the count grown: no finding.
  const higher = ['b.txt', report('2025-03-05', 'The search for survivors of the Kelby landslide continued on Tuesday as the official death toll rose to 345.')];
  assert.deepStrictEqual(messages(a, higher), []);
});
