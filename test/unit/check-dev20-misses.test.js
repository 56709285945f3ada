// Missed contradictions, round 26 (check-dev20). Invented sentences; each test fails on the build before this round's
// change.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-06-10') => claimsOf(report(published, text));
const claimOf = (text, value, published) => claims(text, published).find(c => c.value === value || c.low === value);
const found = (a, b, pa = '2025-06-10', pb = '2025-06-10') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

// "the largest protest since street battles rocked the capital in the lead-up to a coup six years ago": a date far
// into a long "since" clause (more than ten words after "since", a hyphenated word between) is that past event's, a
// yardstick; it took the crowd to the year of the coup, so Saturday's crowd met no other count of Saturday's crowd.
test('a date deep in a long "since" clause does not date the figure before it', () => {
  const a = 'Organizers estimated Saturday\'s crowd in Norvaby at more than 90,000, making it one of the largest rallies '
    + 'held here since violent street battles rocked the old capital in the lead-up to a military coup six years ago.';
  const c = claimOf(a, 90000);
  assert.strictEqual(c.time.from, '2025-06-07');
  const b = 'Organizers said 40,000 people rallied in Norvaby on Saturday.';
  assert.strictEqual(found(a, b).length, 1);
});

test('look-alike: a figure inside the "since" clause keeps the clause\'s date', () => {
  // The figure tells of the past event itself: the date is its own.
  const c = claimOf('It was the biggest march in Norvaby since 800,000 people took to the streets in support of the '
    + 'striking miners in 1994.', 800000);
  assert.strictEqual(c.time.from, '1994-01-01');
});

// "announced the destruction of 31 tanks", "the capture of three more": the act's own noun (as "arrests" is) tells
// what befell the things counted; the figure had no event and met no "destroyed 20 tanks".
test('the noun of the act counts what it befell', () => {
  const a = 'The Norvanian army on Wednesday announced the destruction of 31 enemy tanks and the capture of four more.';
  assert.strictEqual(claimOf(a, 31).measure.key, 'tank|destroyed');
  assert.match(claimOf(a, 4).measure.key, /^tank\|captured/);
  const b = 'A Norvanian army spokesman said its forces destroyed 20 enemy tanks on Wednesday.';
  assert.strictEqual(found(a, b).length, 1);
});

// "Police said 18,000 people took part, while Reuters said the turnout was at least 30,000": a turnout of people set
// against a crowd in the sentence's earlier clause was read as voters, so the two crowd counts never met.
// A report naming an election anywhere (protesters "demand new elections") read it so.
test('a turnout set against a crowd in the same sentence is a crowd', () => {
  const a = 'Protesters in Norvaby demand new elections. Police said at least 12,000 people took part on Sunday, while a '
    + 'news agency said the turnout was at least 25,000.';
  assert.strictEqual(claimOf(a, 25000).measure.key, 'person|crowd');
  // Look-alike: a turnout of a vote, no crowd in its sentence, stays a vote.
  assert.strictEqual(claimOf('Norvaby held elections on Sunday. Officials said turnout was 700,000.', 700000).measure.key, 'person|voted');
});

// "The election went ahead smoothly on Friday, January 2": the vote day told by a verb of holding with a manner adverb
// was not read, so a result the report gives later (dated by publication) missed the other report's result of that day.
test('an election that "went ahead" on a day names the vote day', () => {
  const a = 'The electoral commission of Norvaby declares the winner on Sunday, June 8.\n\n'
    + 'The Norvaby election went ahead smoothly on Friday, June 6, 2025, despite a boycott.\n\n'
    + 'Ms. Varga won 19,566 of the votes and Mr. Tovin polled 2,035.';
  const b = 'The local election officer said Mr. Tovin had only 2,053 ballots in Friday\'s election in Norvaby.';
  assert.strictEqual(claimOf(a, 2035).time.from, '2025-06-06');
  assert.strictEqual(found(a, b, '2025-06-08', '2025-06-08').length, 1);
});

// "a trade deficit worth $7.4 billion, close to double last year's figures": the date of the figures it is a multiple
// of took the deficit to last year, away from its own "From January to July".
test('a date a figure is a multiple of is a yardstick', () => {
  const a = 'From January to May, imports grew fast, leading to a trade deficit worth US$3.1 billion, close to double '
    + 'last year\'s figures, the Norvanian statistics office said.';
  assert.strictEqual(claimOf(a, 3100000000).time.from, '2025-01-01');
  assert.strictEqual(claimOf(a, 3100000000).time.to, '2025-05-31');
});

// Once so dated, the January-May deficit met the first four months' one: a total over a period from its start is that
// period's sum, and a month more is another sum.
test('totals from one start to different ends are different sums', () => {
  const a = 'Norvania ran a trade deficit of $3.1 billion from January to May, the statistics office said.';
  const b = 'Norvania ran a trade deficit of $2.4 billion in the first four months of the year, the statistics office said.';
  const c = 'The trade deficit of Norvania reached $2.6 billion in the five months to May, customs data showed.';
  assert.strictEqual(found(a, b).length, 0);
  assert.strictEqual(found(a, c).length, 1);
});
