// Recall of the check, round 10 (issue 10): what is counted and what happened to it. Invented sentences of the shapes the
// diagnosis (`eval-check.mjs --why`) found across stories; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const keys = text => claimsOf(report('2024-05-02', text)).map(c => c.measure.key);
const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);

test('a number-word noun counts what its modifier names: "the official attendance figure of N" is a crowd', () => {
  assert.deepStrictEqual(keys('The union challenged the city police\'s official attendance figure of 40,000.'), ['person|crowd']);
  assert.deepStrictEqual(keys('Officials gave a casualty count of 300 for the week.'), ['person|losses']);
});

test('a number-word noun with no figure before it counts what a "number of" phrase before it names', () => {
  const text = 'The row over the number of people at the rally went on, as the mayor vowed to force the police to revise its estimate of 40,000.';
  assert.deepStrictEqual(keys(text), ['person|crowd']);
  const other = ['b.txt', report('2024-05-02', 'Organizers said more than 150,000 people marched at the rally.')];
  assert.strictEqual(messages(['a.txt', report('2024-05-02', text)], other).length, 1);
  // The same shape about the injured is no crowd, and stays apart from the marchers.
  const injured = 'The row over the number of injured at the rally went on, as the mayor asked the police to revise its estimate of 40.';
  assert.deepStrictEqual(keys(injured), ['person|wounded']);
  assert.deepStrictEqual(messages(['a.txt', report('2024-05-02', injured)], other), []);
  // Two "number of" phrases naming different things: the estimate stays unread.
  const two = 'The number of marchers and the number of injured were disputed, and the police would not revise its estimate of 40,000.';
  assert.deepStrictEqual(keys(two), ['estimate|unspecified']);
});

test('a participle read as a figure\'s noun ("the first estimates of 200,000 given by organizers") leaves the tally', () => {
  const text = 'The mayor says 90,000 attended the rally, fewer than the first estimates of 200,000 given by other organizers.';
  assert.deepStrictEqual(keys(text), ['person|crowd', 'person|crowd']);
});

test('a figure whose clause names no measure takes the one measure its paragraph gives the same unit', () => {
  const text = 'The bureau\'s official 14.2% rate was published on Monday. Since then, the youth jobless rate has climbed to 15.1%.';
  assert.deepStrictEqual(keys(text), ['percent|unemployment', 'percent|unemployment']);
  // Listed figures share the verb after the last: the first share is a strike rate too.
  const list = 'The ministry said 31.5% of nurses and 22.4% of doctors were striking.';
  assert.deepStrictEqual(keys(list), ['percent|strike_rate', 'percent|strike_rate']);
  // Two measures of the unit in the paragraph: nothing is carried.
  const two = 'Turnout was 61%. The unemployment rate rose to 7%. The official 14.2% rate was revised.';
  assert.strictEqual(keys(two)[2], 'percent|unspecified');
  // A verb of the figure's own that the tables do not know keeps the paragraph's measure off it ("had been buried",
  // "were discharged"): the verb names its own measure (round 12, measure.ts verbEvent).
  const own = 'The storm killed 310 people, officials said. So far 240 people had been buried in the town.';
  assert.deepStrictEqual(keys(own), ['person|killed', 'person|~bury']);
  // A figure that modifies another noun ("a 95 per cent confidence band") measures that noun.
  const band = 'Growth was 4.5 per cent. The office gave a 95 per cent confidence band.';
  assert.deepStrictEqual(keys(band), ['percent|growth', 'percent|unspecified']);
  // The whole a part is taken from ("Of the 900 clinics, 610 were closed") is no count of what befell the part.
  assert.deepStrictEqual(keys('Of the 900 clinics in the province, 610 were closed on Friday, the union said.'),
    ['clinic|unspecified', 'clinic|closed']);
});

test('a figure restated in another unit in parentheses ("72 km (45 miles) southwest of") keeps its clause', () => {
  const text = 'The epicentre was 72 km (45 miles) southwest of Tiznit, the institute said.';
  assert.strictEqual(keys(text)[0], 'km|distance');
  // A share or a count in parentheses is another figure: the clause ends there.
  const share = 'United was second, with about 266 flights (9 percent) cancelled on Sunday.';
  assert.strictEqual(keys(share).find(k => k.startsWith('percent')), 'percent|unspecified');
});

test('a period word belongs to the figure its part of the clause speaks of, not to the figure joined by "and"', () => {
  const text = 'Economists believe that monthly inflation in April was 44.7% and that over the whole of 2023 it reached 2.1 million percent.';
  assert.deepStrictEqual(keys(text), ['percent|inflation@monthly', 'percent|inflation']);
  const rise = 'The research group said its consumer price index rose by 6.2% in March and that annual inflation was 120.5%.';
  assert.deepStrictEqual(keys(rise), ['percent|inflation@monthly', 'percent|inflation']);
  // With no joining word between them the figures share the clause's words: the old value of a monthly rise is monthly.
  assert.deepStrictEqual(keys('Consumer prices rose 1.0% over the previous month in December, slightly up from the 0.9% rise in November.'),
    ['percent|inflation@monthly', 'percent|inflation@monthly']);
});

test('a yearly rate over a stated window is of that window: February to February is not the calendar year', () => {
  const year = ['a.txt', report('2024-03-10', 'Over the whole of 2023, inflation reached 1.7 million percent, economists said.')];
  const shifted = ['b.txt', report('2024-03-12', 'Between February 2023 and February 2024, inflation reached 2.2 million percent, a lawmaker said.')];
  assert.deepStrictEqual(messages(year, shifted), []);
  // The same year written two ways still pairs.
  const again = ['b.txt', report('2024-03-12', 'Inflation in 2023 was 190,000%, the central bank said.')];
  assert.strictEqual(messages(year, again).length, 1);
});

test('in a report about a vote, "voting for" a candidate and "a score of" are vote shares', () => {
  const text = 'The election commission announced Mr Aldo\'s victory with a score of 71.2 percent. The opposition\'s own count showed more than 60 percent voting for Ms Berin.';
  assert.deepStrictEqual(keys(text), ['percent|vote_share', 'percent|vote_share']);
  // Outside a report about a vote, "a score of" is no vote share.
  assert.deepStrictEqual(keys('The index showed a score of 71.2 percent, the institute said.'), ['percent|unspecified']);
});
