// False alarms read on check-dev21 (round 27, issue 10, engineer dev21b), by class. Invented sentences; each test fails
// on the build this round started from.
const test = require('node:test');
const assert = require('node:assert');
const { report, claimsOf, valuePairs: pairs } = require('./claimReports');

const doc = (path, text, published = '2031-07-14') => [path, report(published, text)];

test('time: counts over two short stated windows of different lengths are no rivals', () => {
  const a = doc('a.txt', '"We have admitted 240 patients in the last five days," said the director of the clinic.');
  const b = doc('b.txt', 'The clinic has admitted nearly 200 patients in the past four days, its director said.');
  assert.ok(!pairs(a, b).includes('200/240'), JSON.stringify(pairs(a, b)));
  // Look-alike: the same window in both reports is still compared.
  const c = doc('c.txt', 'The clinic has admitted nearly 200 patients in the last five days, its director said.');
  assert.ok(pairs(a, c).includes('200/240'), JSON.stringify(pairs(a, c)));
});

test('measure: a share of growth is a contribution, no growth rate', () => {
  const a = doc('a.txt', 'Dorvelia contributed nearly 40 percent of world economic growth in 2030, the minister said.');
  const b = doc('b.txt', 'Dorvelia\'s economy grew 6.1 percent in 2030, official data showed.');
  assert.ok(!pairs(a, b).includes('6.1/40'), JSON.stringify(pairs(a, b)));
});

test('measure: a base another share names ("from 1.5% of GDP to 0.9%") is no measure of the second figure', () => {
  const [, r] = doc('a.txt', 'The fund cut its forecast of the budget deficit from 1.5% of GDP to 0.9% in 2031.');
  assert.strictEqual(claimsOf(r).find(c => c.value === 0.9)?.measure.event, 'net_loss');
  // Look-alike: GDP named before a figure, as no share's base, is still its measure.
  const [, s] = doc('b.txt', 'The fund put GDP growth at 3.4% in 2031.');
  assert.strictEqual(claimsOf(s).find(c => c.value === 3.4)?.measure.event, 'growth');
});

test('measure: an acronym spelling the initials of the term before it glosses that term ("trade deficit (TD)")', () => {
  const [, r] = doc('a.txt', 'The fund revised the trade deficit (TD) from 3.5% to 2.8% in 2031.');
  assert.strictEqual(claimsOf(r).find(c => c.value === 2.8)?.measure.event, 'net_loss');
  // Look-alike: an organization's acronym keeps its own clause, and its capitalized name is no term.
  const [, s] = doc('b.txt', 'The Central Election Commission (CEC) put turnout at 61% on Sunday.');
  assert.strictEqual(claimsOf(s).find(c => c.value === 61)?.measure.event, 'turnout');
});

test('time: a coming year right after a figure ("4.8% next year") is its own time, not the year before it', () => {
  const a = doc('a.txt', 'Inflation was easing, from 9.1% in 2030 to 5.9% this year, and was estimated to slow further to 4.8% next year, the bank said.');
  const b = doc('b.txt', 'Inflation stood at 5.9% this year, the central bank said.');
  assert.ok(!pairs(a, b).includes('4.8/5.9'), JSON.stringify(pairs(a, b)));
  const [, r] = a;
  assert.strictEqual(claimsOf(r).find(c => c.value === 4.8)?.time.from, '2032-01-01');
  // Look-alike: a span counted forward from a past event ("over the next few years") still dates no stated toll.
  const [, s] = doc('c.txt', 'About 4,000 died soon afterward and the toll rose to 15,000 over the next few years.');
  assert.notStrictEqual(claimsOf(s).find(c => c.value === 15000)?.time.from, '2032-01-01');
});

test('part: a figure after a relative "of which"/"of whom" is a part of the figure before it', () => {
  const a = doc('a.txt', 'A rescue official said: "Over 450 people have been injured in this blast of which, at least 350 are at KMCH."');
  const b = doc('b.txt', 'Some 300 people have been injured in the blast, officials said.');
  assert.ok(!pairs(a, b).includes('300/350'), JSON.stringify(pairs(a, b)));
  // Look-alike: a part with a verb of its own keeps its own measure ("of whom 164 were rescued").
  const [, r] = doc('c.txt', 'The ferry was carrying 477 people, of whom 164 were rescued, the coastguard said.');
  assert.ok(!claimsOf(r).find(c => c.value === 164)?.measure.event.startsWith('aboard'));
});

test('earlier stage: a sentence opening at its event\'s outset ("Shortly after the war broke out, ...") tells an early claim', () => {
  const a = doc('a.txt', 'Shortly after the fighting broke out, rebel leaders began accusing the army of killing 900 civilians in the valley.');
  const b = doc('b.txt', 'Fewer than 80 civilians died in the valley during the fighting, a rights group said.');
  assert.ok(!pairs(a, b).includes('80/900'), JSON.stringify(pairs(a, b)));
  // Look-alike: the same claim with no outset is still a rival count.
  const c = doc('c.txt', 'Rebel leaders accuse the army of killing 900 civilians in the valley during the fighting.');
  assert.ok(pairs(c, b).includes('80/900'), JSON.stringify(pairs(c, b)));
});
