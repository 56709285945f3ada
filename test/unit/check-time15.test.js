// Reference time, round 15 (issue 10): classes of gold pairs missed, or false alarms made, because of the time a claim
// speaks of. Invented sentences of the shapes found by `eval-check.mjs --why-items` and `--fa-why-items`; each test
// fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
const claimOf = (text, value) => claimsOf(text).find(c => c.value === value);

test('a result dated by the day its declaration names is the vote another report dates days before', () => {
  const vote = ['a.txt', report('2031-05-06', 'Voters in Norvania cast ballots in the May 4 election. Marta Lind won 52.4% of the vote, the commission said.')];
  const declared = ['b.txt', report('2031-05-12', 'The electoral commission announced the results on Saturday, declaring that Marta Lind won with 49.1% of the vote.')];
  const share = claimOf(declared[1], 49.1);
  assert.strictEqual(share.time.from, '2031-05-10');
  assert.strictEqual(share.detail.vote, 'own');
  const found = messages(vote, declared);
  assert.strictEqual(found.length, 1, found.join('\n'));
  // Two results each dated by a day of their own sentence keep their own days: a week apart, two rounds or two counts.
  const other = ['c.txt', report('2031-05-20', 'The commission announced on Wednesday that Marta Lind won with 55.0% of the vote.')];
  assert.deepStrictEqual(messages(declared, other), []);
});

test('a toll that "stands at" a figure holds when it is said, not on the day of the storm the paragraph named', () => {
  const storm = report('2031-03-09', 'Cyclone Vera struck the coast on March 2. The official toll on state radio stands at 1,240 dead, officials said.');
  assert.strictEqual(claimOf(storm, 1240).time.from, '2031-03-09');
  assert.strictEqual(claimOf(storm, 1240).detail.running, true);
  // Two reports of one day: the same standing toll given two ways is a rival.
  const a = ['a.txt', storm];
  const b = ['b.txt', report('2031-03-09', 'State radio raised the toll on Sunday to 1,420 dead.')];
  const found = messages(a, b);
  assert.strictEqual(found.length, 1, found.join('\n'));
});

test('the dead "had been killed" in reported speech are counted up to when it was said, not on the day of the event', () => {
  const text = 'Troops opened fire on protesters in Valdor on Friday. '
    + 'An opposition leader said that 410 people had been killed in Valdor.';
  const toll = claimOf(report('2031-06-10', text), 410);
  assert.strictEqual(toll.time.from, '2031-06-10');
  // The prosecutor's toll of the same report's day is a rival.
  const a = ['a.txt', report('2031-06-10', text)];
  const b = ['b.txt', report('2031-06-10', 'The prosecutor said 120 people were killed in Valdor.')];
  const found = messages(a, b);
  assert.strictEqual(found.length, 1, found.join('\n'));
  // A share a candidate "had obtained" keeps its paragraph's day: the count may be of one moment.
  const vote = report('2031-06-10', 'Norvania voted on Sunday. The opposition said that Lind had obtained 70% of the votes.');
  assert.notStrictEqual(claimOf(vote, 70).time.from, '2031-06-10');
});

test('a day before a figure whose own verb is a present perfect is when it was said, not when the count was made', () => {
  const said = report('2031-07-31', 'Speaking in parliament on Tuesday, an opposition deputy alleged that 14 people have died of cholera in Varna district.');
  const toll = claimOf(said, 14);
  assert.strictEqual(toll.detail.timeBasis, 'statement');
  assert.strictEqual(toll.detail.running, true);
  // A later and lower count of the same deaths is then a rival (the deputy's count was said first).
  const a = ['a.txt', said];
  const b = ['b.txt', report('2031-08-04', 'Only nine people have died of cholera in Varna district, the district health officer said.')];
  const found = messages(a, b);
  assert.strictEqual(found.length, 1, found.join('\n'));
  // A perfect elsewhere in the clause leaves the day to the figure's own verb.
  const other = report('2031-07-31', 'Investigators have concluded that a blast at the depot on Tuesday killed 40 people.');
  assert.strictEqual(claimOf(other, 40).detail.timeBasis, 'explicit');
});
