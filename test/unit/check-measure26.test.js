// Round 26 (issue 10, the cross-source check: measure and counted thing): figures a careful reader sees as one quantity
// that got different measures, or none, by class. Invented sentences; each class test fails on the build before this
// round.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, claimsOf, doc, valuePairs } = require('./claimReports');

/** The measure key of the claim whose figure reads `text`. */
function keyAt(body, text) {
  return claimsOf(body).find(c => c.quantity.text === text)?.measure.key;
}

test('a share\'s move is its price\'s: "shares fell 12 percent", "the share price slid 9.5 percent"', () => {
  assert.match(keyOf('Shares in Norvacar fell 12 percent on Tuesday.', 12), /^percent\|share_price/);
  assert.match(keyOf('Norvacar\'s share price slid a further 9.5 percent on Tuesday.', 9.5), /^percent\|share_price/);
  assert.match(keyOf('The scandal hit the carmaker\'s shares, which dropped a further 4 percent on Tuesday.', 4), /^percent\|share_price/);
  // A share of the shares is a stake: the shares are its base, no move of their price.
  assert.doesNotMatch(keyOf('Norvabank holds 12 percent of Norvacar\'s shares.', 12) ?? '', /share_price/);
  // Two reports of one day's fall pair.
  const a = doc('a.txt', 'Norvacar\'s share price slid a further 16 percent on Tuesday.', '2025-03-05');
  const b = doc('b.txt', 'The scandal hit the carmaker Norvacar\'s shares, which fell a further 6 percent on Tuesday.', '2025-03-05');
  assert.deepStrictEqual(valuePairs(a, b), ['6/16']);
});

test('a count in parentheses after another count is an aside: "of them" after it reads the figure the sentence is about', () => {
  const body = 'In all, 380 people have been injured (19 gendarmes), with 60 of them being hospitalized.';
  assert.strictEqual(keyAt(body, '60'), 'person|hospitalized');
  assert.strictEqual(keyAt('Some 380 people were hurt in the riot (19 soldiers), 60 of them seriously.', '60')?.split('|')[0], 'person');
  // A count restated in another unit is no aside: a share's votes in parentheses still come before the next share.
  const votes = 'The final count is: Aldo Varna, 52.5% (6,400,000 votes); Lina Toro, 41.2% (5,020,000 votes).';
  assert.strictEqual(keyAt(votes, '41.2%'), keyAt(votes, '52.5%'));
  // Two reports of the hospitalized pair.
  const a = doc('a.txt', 'In all, 380 people have been injured in Corvale (19 gendarmes), with 60 of them being hospitalized.');
  const b = doc('b.txt', 'In Corvale, 52 people were hospitalized after the clashes.');
  assert.ok(valuePairs(a, b).includes('52/60'));
});

test('two words for one measure: a share of voters "participating" is the turnout', () => {
  assert.strictEqual(keyOf('The vote fell flat, with less than one out of every four voters participating.', 25), 'percent|turnout');
  assert.strictEqual(keyOf('Only 23 percent of registered voters participating, the commission said on Sunday.', 23), 'percent|turnout');
  const a = doc('a.txt', 'The election board in Norvania said turnout on Sunday reached 48 per cent.');
  const b = doc('b.txt', 'Norvania\'s presidential vote on Sunday fell flat, with less than one out of every four voters participating.');
  assert.deepStrictEqual(valuePairs(a, b), ['25/48']);
});

test('a measure read from the wrong verb: the words after a verb\'s object figure tell of that figure', () => {
  const body = 'Figures from 180 constituencies show 4,200,000 Norvanians turned out to vote.';
  assert.strictEqual(keyOf(body, 180), 'constituency|total');
  assert.strictEqual(keyOf('Results from 120 polling stations showed 40,000 people voted.', 120)?.endsWith('|voted'), false);
  // A figure the verb comes right after keeps it: "2,000 jobs" cut, "300 people" killed before another figure.
  assert.strictEqual(keyOf('Norvacar cut 2,000 jobs, a spokesman said on Monday.', 2000), 'job|cut');
  assert.strictEqual(keyOf('The storm killed 300 people and destroyed 2,000 homes.', 300), 'person|killed');
  // A participle before the next figure opens a part of this one, no clause of its own.
  assert.strictEqual(keyOf('At least 90 people, including 60 of the 70 on board the bus, were killed on Friday.', 60), 'person|killed+part');
  const a = doc('a.txt', 'In Norvania, figures from 180 constituencies show 4,200,000 Norvanians turned out to vote on Sunday.');
  const b = doc('b.txt', 'Only 176 of Norvania\'s 190 constituencies voted on Sunday, the board said.');
  assert.ok(valuePairs(a, b).includes('176/180'));
});
