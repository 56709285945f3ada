// When a figure holds and whose it is (claims/frame.ts nameSpelling, check/compare.ts, check/order.ts): invented
// sentences of the shapes the diagnosis (`eval-check.mjs --why`, "time: different" and "holder") found. Each finding
// test fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);

test('a candidate\'s share under two transliterations of her name is one holder\'s: the shares are rivals', () => {
  const official = ['a.txt', report('2031-06-15', 'Alena Tsvetkouskaya received 11.2 percent of the vote in the presidential '
    + 'election on June 14, the commission said.')];
  const count = ['b.txt', report('2031-06-15', 'Alena Tsvetkovskaya won 16.8% of the votes in the presidential election on June 14, '
    + 'according to an independent count.')];
  const [share] = claimsOf(official[1]).filter(c => c.measure.event === 'vote_share');
  assert.ok(share && share.detail.holder, 'a held share');
  const found = messages(official, count);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /11\.2 percent here vs 16\.8%/);
});

test('two candidates whose names only look alike keep their shares apart', () => {
  const a = ['a.txt', report('2031-06-15', 'Alena Tsvetkovskaya received 11.2 percent of the vote in the presidential election on '
    + 'June 14, the commission said.')];
  const b = ['b.txt', report('2031-06-15', 'Marta Tsvetanova won 16.8% of the votes in the presidential election on June 14, '
    + 'the commission said.')];
  assert.deepStrictEqual(messages(a, b), []);
  const short = ['c.txt', report('2031-06-15', 'Ivan Rota won 16.8% of the votes in the presidential election on June 14.')];
  const other = ['d.txt', report('2031-06-15', 'Ivan Ruto received 11.2 percent of the vote in the presidential election on June 14.')];
  assert.deepStrictEqual(messages(short, other), []);
});

test('a count over days long before a running total\'s day is held by it, even when reported a day after the total', () => {
  const total = ['a.txt', report('2031-04-03', 'So far, 40 deaths from the fever have been reported in Lurona province, the minister said.')];
  const period = ['b.txt', report('2031-04-04', 'Between March 2 and March 20, the health agency recorded 52 deaths from the fever in '
    + 'Lurona province.')];
  const found = messages(total, period);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /40 deaths/);
  assert.match(found[0], /52/);
  // A period ending the day before the total may not have reached its count yet: said later, it stays apart.
  const recent = ['c.txt', report('2031-04-04', 'Between March 20 and April 2, the health agency recorded 52 deaths from the fever in '
    + 'Lurona province.')];
  assert.deepStrictEqual(messages(total, recent), []);
});

test('a score "X beat Y by A to B" gives the first share to the winner and the second to the loser', () => {
  const text = report('2031-09-09', 'Mayor Elena Vasquez beat her challenger Tomas Brandt by 54.2% to 43.9% in the mayoral election on '
    + 'September 7.');
  const shares = claimsOf(text).filter(c => c.measure.event === 'vote_share');
  assert.deepStrictEqual(shares.map(c => c.detail.holder), ['holder:vasquez', 'holder:brandt']);
  const other = ['b.txt', report('2031-09-08', 'Tomas Brandt won 47.5% of the vote in the mayoral election on September 7, the '
    + 'city clerk said.')];
  const found = messages(['a.txt', text], other);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /43\.9% here vs 47\.5%/);
});

test('a score with no contest verb before it names no holder', () => {
  const text = report('2031-09-09', 'The count ended by 54.2% to 43.9% after midnight, officials in the mayoral election said.');
  const shares = claimsOf(text).filter(c => c.measure.event === 'vote_share');
  for (const c of shares) assert.ok(!c.detail.holder, `no holder for ${c.detail.figure}`);
});

test('inflation of the month that closes a year is that year\'s: a rival of another figure for the year', () => {
  const month = ['a.txt', report('2032-01-15', 'Annual inflation in Veloria rose to 9.4% in December 2031, the statistics office said.')];
  const year = ['b.txt', report('2032-01-20', 'Inflation in Veloria reached 21.3% in 2031, according to private economists.')];
  const found = messages(month, year);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /9\.4%/);
  assert.match(found[0], /21\.3%/);
  // November's rate is not the year's.
  const november = ['c.txt', report('2032-01-15', 'Annual inflation in Veloria rose to 9.4% in November 2031, the statistics office said.')];
  assert.deepStrictEqual(messages(november, year), []);
});

test('a date in a concession after the figure ("although ... three days ago") dates the concession, not the figure', () => {
  const text = report('2031-06-20', 'The challenger Marco Tello lost the presidential election with 41.2 per cent, although he claimed '
    + 'victory three days ago.');
  const [share] = claimsOf(text).filter(c => c.measure.event === 'vote_share');
  assert.ok(share, 'a vote share');
  assert.strictEqual(share.time.from, '2031-06-20');
  const other = ['b.txt', report('2031-06-16', 'Marco Tello received 44.5% of the vote in the presidential election on June 14, '
    + 'the commission said.')];
  const found = messages(['a.txt', text], other);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /41\.2 per cent here vs 44\.5%/);
  // A date before the concession stays the figure's own.
  const own = claimsOf(report('2031-06-20', 'On June 17 the firm cut 400 jobs, although it had promised to keep them.'));
  assert.strictEqual(own[0].time.from, '2031-06-17');
});

test('"N percent voting for X" is X\'s share', () => {
  const count = ['a.txt', report('2031-05-04', 'An independent count of the mayoral election on May 3 showed 62 percent voting for '
    + 'Anders Kolby.')];
  const [share] = claimsOf(count[1]).filter(c => c.measure.event === 'vote_share');
  assert.strictEqual(share?.detail.holder, 'holder:kolby');
  const official = ['b.txt', report('2031-05-04', 'Anders Kolby received 38.5% of the vote in the mayoral election on May 3, '
    + 'officials said.')];
  const found = messages(count, official);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /62 percent here vs 38\.5%/);
});
