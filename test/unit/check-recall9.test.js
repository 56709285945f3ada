// Recall of the check, round 9 (issue 10): the classes of missed gold pairs the diagnosis (`eval-check.mjs --why`) counts
// across stories and sets. Invented sentences of the shapes found there; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);

test('as of a day: a statistic stated with no period is of the latest period the other report dates', () => {
  const said = ['a.txt', report('2025-01-10', 'Annual inflation reached 950,000%, the opposition-led assembly said on Wednesday.')];
  const year = ['b.txt', report('2025-01-06', 'Annual inflation was 12,400% in 2024, the central bank said.')];
  const found = messages(said, year);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: /);
  // A month's rate and a rate stated in the month after it; an older month is another period.
  const stated = ['a.txt', report('2024-07-26', 'The youth jobless rate stands at 21.3%, the statistics bureau said.')];
  const june = ['b.txt', report('2024-07-20', 'The youth jobless rate was 20.1% in June 2024, according to the bureau.')];
  assert.strictEqual(messages(stated, june).length, 1);
  const march = ['b.txt', report('2024-07-20', 'The youth jobless rate was 19.7% in March 2024, according to the bureau.')];
  assert.deepStrictEqual(messages(stated, march), []);
});

test('as of a day: a running total holds the count of the month before, and is a rival only when it is smaller', () => {
  const total = ['a.txt', report('2024-12-05', 'So far 71 deaths have been reported from the illness, the health minister said.')];
  const month = ['b.txt', report('2024-12-02', 'The illness killed 143 people in November, local officials said.')];
  const found = messages(total, month);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: /);
  const held = ['b.txt', report('2024-12-02', 'The illness killed 43 people in November, local officials said.')];
  assert.deepStrictEqual(messages(total, held), []);
});

test('as of a day: a toll dated by its event day is counted after it, no period the later total holds', () => {
  const early = ['a.txt', report('2024-03-25', 'Around 300 people were killed in the strike on the theatre, officials said.')];
  const day = ['b.txt', report('2024-05-04', 'On March 16, 2024, the strike on the theatre killed 600 people, investigators said.')];
  assert.deepStrictEqual(messages(early, day), []);
});

test('a date after publication ("next Tuesday") frames no figure the report states', () => {
  const { claimsOf } = require('./claimReports');
  const plan = ['a.txt', report('2024-05-06', 'Marchers urged the regional parliament not to declare independence next Tuesday.\n\n'
    + 'The organizers said close to a million people marched in Valdora, while the city police put the crowd at 400,000.')];
  const police = ['b.txt', report('2024-05-06', 'On Sunday, 350,000 people marched in Valdora, the city police said.')];
  const crowd = claimsOf(plan[1]).find(c => c.value === 400000);
  assert.ok(!crowd.time.from || crowd.time.from <= '2024-05-06', JSON.stringify(crowd.time));
  assert.ok(messages(plan, police).some(m => /400,000/.test(m) && /350,000/.test(m)), messages(plan, police).join('\n'));
});

test('a bare percentage takes the metric named before it though a count of another unit stands between', () => {
  const { claimsOf } = require('./claimReports');
  const text = report('2024-06-11', 'Comparing Valdora with 12 other economies, he said Valdora\'s GDP growth moves with several of them, '
    + 'but from 2015 to 2019 "we were at 6 percent and the others slowed".');
  assert.strictEqual(claimsOf(text).find(c => c.value === 6).measure.event, 'growth');
  // A percentage that modifies the noun after it measures that noun, not the metric.
  const band = report('2024-06-11', 'Valdora\'s GDP growth was overstated by about 2 percentage points a year, with a 90 per cent '
    + 'confidence band of one point.');
  const c = claimsOf(band).find(x => x.value === 90);
  assert.ok(!c || c.measure.event !== 'growth', JSON.stringify(c && c.measure));
});

test('modality: a modal after the figure that governs a change, and "could only confirm", leave the figure stated', () => {
  const { claimsOf } = require('./claimReports');
  const rising = claimsOf(report('2024-09-10', 'The death toll of more than 300 seemed likely to rise further, officials said on Sunday.'));
  assert.strictEqual(rising.find(c => c.value === 300 || c.low === 300).modality, 'asserted');
  const expected = claimsOf(report('2024-09-10', 'The floods killed 45 people on Sunday, a toll expected to climb as rescuers dig.'));
  assert.strictEqual(expected.find(c => c.value === 45).modality, 'asserted');
  const confirmed = claimsOf(report('2024-04-17', 'The coast guard could only confirm 95 people rescued on Wednesday.'));
  assert.strictEqual(confirmed.find(c => c.value === 95).modality, 'asserted');
  // A modal before the figure still weakens it.
  const could = claimsOf(report('2024-09-10', 'The toll could reach 500 in the coming days, officials warned.'));
  assert.notStrictEqual(could.find(c => c.value === 500).modality, 'asserted');
});
