// Missed contradictions, round 21: the measure and the counted thing. A quoted nickname after a figure with a scale word
// ("1.3 million "red scarves" in the streets") took the unit of the figure before it; a voice that only names a figure
// ("the union spoke of 800,000") kept the paragraph's crowd from it; a crowd counted at midday by one voice was a rival of
// another voice's count of the whole day.
// Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-05-20') => claimsOf(report(published, text));
const keyOf = (text, value, published) => claims(text, published).find(c => c.value === value || c.low === value)?.measure.key;
const found = (a, b, pa = '2025-05-20', pb = '2025-05-20') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('a quoted nickname after a figure, in a crowd\'s clause, counts the crowd\'s people', () => {
  const text = 'The ministry counted 90,000 people at some 1,500 sites. The farmers\' union put out the figure of 1.1 million "red scarves" in the streets on Saturday.';
  assert.strictEqual(keyOf(text, 1100000), 'person|crowd');
  assert.strictEqual(found(text, 'The interior ministry said 94,000 people marched across Norvania on Saturday.').length, 1);
  // Look-alike: a quote mark that closes a title after a figure opens no nickname ("the "March of a Million Lanterns"").
  const title = 'Organisers said the "March of a Million Lanterns" drew 400,000 people.';
  assert.notStrictEqual(keyOf(title, 1000000), 'person|crowd');
});

test('a voice that only names a figure takes the paragraph\'s measure for it', () => {
  const text = 'A newspaper estimated the crowd at 430,000 people. The students\' federation spoke of 900,000 and the city of 150,000.';
  assert.strictEqual(keyOf(text, 900000), 'person|crowd');
  assert.strictEqual(keyOf(text, 150000), 'person|crowd');
  // Look-alike: a verb the tables do not know still keeps the figure unread ("sheltered 900 in the gym").
  const other = 'A newspaper estimated the crowd at 430,000 people. The school sheltered 900 in its gym.';
  assert.notStrictEqual(keyOf(other, 900), 'person|crowd');
});

test('a crowd counted by midday is a stage of the day\'s crowd, whoever counts; an evening count is the day\'s', () => {
  const midday = 'By midday on Saturday, the interior ministry said, about 110,000 protesters had gathered across Norvania.';
  const day = 'The farmers\' union said 1.2 million people marched across Norvania on Saturday.';
  assert.strictEqual(found(midday, day, '2025-05-17', '2025-05-17').length, 0);
  // The evening's count is the day's: a rival of another voice's count of the day.
  const evening = 'At 7 pm on Saturday the interior ministry said some 260,000 protesters had marched across Norvania.';
  assert.strictEqual(found(evening, day, '2025-05-17', '2025-05-17').length, 1);
});

test('voters who took part or turned out and people who voted are one count; people who voted for a choice are its votes', () => {
  const a = 'Officials said more than 6 million of the 15.2 million registered voters took part in the referendum on Sunday.';
  const b = 'Observers said only 2.9 million people had voted in the referendum on Sunday.';
  assert.strictEqual(keyOf(a, 6000000), 'person|voted');
  assert.strictEqual(keyOf(b, 2900000), 'person|voted');
  assert.strictEqual(keyOf('Some 4 million voters cast ballots in the referendum.', 3600000), 'person|voted');
  assert.strictEqual(found(a, b, '2025-05-19', '2025-05-19').length, 1);
  // People who voted for a candidate are that candidate's votes, no rival of the turnout.
  const votes = 'Of 4,210,000 voters, 3,950,000 voted for the incumbent Mara Velkova, the commission said on Sunday.';
  assert.strictEqual(keyOf(votes, 3950000), 'vote|won');
});

test('a count of who voted next to the voters it is taken from states the turnout as a share', () => {
  const a = 'The commission said on Sunday that 3.1 million of the country\'s roughly 12 million voters had turned out to vote.';
  const share = claims(a, '2025-05-19').find(c => c.measure.key === 'percent|turnout');
  assert.ok(share && share.derived && share.low > 23 && share.high < 30, JSON.stringify(share));
  assert.strictEqual(found(a, 'The commission put turnout at 47 percent on Sunday.', '2025-05-19', '2025-05-19').length, 1);
  // Look-alike: a turnout rate the share can be (the part's rounding included) is no rival.
  assert.strictEqual(found(a, 'The commission put turnout at 26 percent on Sunday.', '2025-05-19', '2025-05-19').length, 0);
  // Look-alike: votes for a candidate out of the voters are no turnout.
  const votes = 'Of 4,210,000 voters, 3,950,000 voted for the incumbent Mara Velkova, the commission said on Sunday.';
  assert.ok(!claims(votes).some(c => c.measure.key === 'percent|turnout'));
});
