// Missed contradictions, round 20: the measure and the counted thing. A partitive's whole whose own noun names its event
// ("Out of the 412 deaths recorded, ...") was read as a bare total; a crowd noun took "killed" from a subordinate clause
// with its own figure ("... after 17 people were killed"); GDP after a share's "of" was read as growth ("a deficit of 6
// percent of GDP"); "drew N percent" in a report about a vote was no share; bodies recovered were no count of the dead;
// "Ten deaths and 278 cases" lent the first noun's event to the cases.
// Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-05-20') => claimsOf(report(published, text));
const keys = (text, published) => claims(text, published).map(c => c.measure.key);
const keyOf = (text, value, published) => claims(text, published).find(c => c.value === value || c.low === value)?.measure.key;
const found = (a, b, pa = '2025-05-20', pb = '2025-05-20') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('a partitive whole whose noun names what befell it counts that, not a bare total', () => {
  const text = 'Out of the 412 deaths recorded so far, only 9 occurred in the port city of Varna.';
  assert.strictEqual(keyOf(text, 412), 'person|killed');
  assert.strictEqual(found(text, 'Health officials said more than 500 people have died of the fever.').length, 1);
  // Look-alike: a whole of things with no event of its own takes none from its part's verb.
  assert.notStrictEqual(keyOf('Of the 5,800 schools, 4,100 were closed on Monday.', 5800), 'school|closed');
});

test('an event after a subordinator that opens a clause with its own figure is that figure\'s', () => {
  const text = 'Up to 2 million marchers poured into towns in Norvania after 12 people were killed in the bombings.';
  assert.strictEqual(keyOf(text, 2000000), 'person|crowd');
  assert.strictEqual(keyOf(text, 12), 'person|killed');
  assert.strictEqual(found(text, 'The interior ministry said 3.1 million people marched in Norvania.').length, 1);
  // Look-alike: with no figure of its own after the subordinator, the event is the figure's ("died after ...").
  assert.strictEqual(keyOf('At least 40 protesters were killed after police opened fire.', 40), 'person|killed');
});

test('GDP after a share\'s "of" is the base of the share, not its measure', () => {
  const a = keyOf('Two days before the vote, the finance ministry sent Brussels a deficit forecast of 5 percent of GDP.', 5);
  const b = keyOf('The deficit for 2009, which the old government had put at 5%, turned out far higher.', 5);
  assert.ok(a && !a.endsWith('|growth'), a);
  assert.strictEqual(a, b);
  // Look-alike: growth of GDP is still growth.
  assert.strictEqual(keyOf('GDP grew 2.4 percent in the second quarter.', 2.4), 'percent|growth');
});

test('"drew N percent" in a report about a vote is a share of the vote', () => {
  const text = 'After the election, the challenger, who drew 38.5 percent by the commission\'s count, demanded a recount.';
  assert.strictEqual(keyOf(text, 38.5), 'percent|vote_share');
});

test('bodies recovered are at least that many dead; bodies still to be found are not', () => {
  const text = 'Rescuers had recovered 310 bodies by Tuesday evening, the mayor said.';
  const c = claims(text).find(x => x.low === 310);
  assert.strictEqual(c?.measure.key, 'person|killed');
  assert.strictEqual(c.high, null);
  // At least 310 dead contradicts a toll of 280 the same day; a toll above it does not.
  assert.strictEqual(found(text, 'The official death toll rose to 280 on Tuesday.').length, 1);
  assert.strictEqual(found(text, 'The official death toll rose to 420 on Tuesday.').length, 0);
  // A part "of them" takes what befell the figure before it.
  assert.deepStrictEqual(keys('More than 70 bodies had been pulled from the rubble, 30 of them children.'),
    ['person|killed', 'person|killed+part']);
  // Look-alike: bodies yet to be retrieved are no count of the dead found.
  assert.notStrictEqual(keyOf('The 26 bodies had yet to be retrieved from the mine.', 26), 'person|killed');
});

test('the noun of the figure before ("Ten deaths and ...") lends no event to the next figure', () => {
  const text = 'Twelve deaths and 340 cases have occurred in the northern province.';
  assert.strictEqual(keyOf(text, 340), 'case|recorded');
  // Look-alike: a verb before both figures is shared ("arrested 40 protesters and 12 journalists").
  assert.strictEqual(keyOf('Police arrested 40 protesters and 12 journalists.', 12), 'person|arrested');
});
