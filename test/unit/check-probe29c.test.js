// Round 29, second wave (issue 10, precision): false alarms found by probing unannotated real news of three kinds
// (election results, a protest's counts, a company's recall). Each test states its class with INVENTED sentences and
// failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('an earlier month\'s recall is another recall, no reading of the recall announced now', () => {
  const a = doc('a.txt', 'Norco announced it is recalling roughly 400,000 vehicles because of a faulty fuel pump.');
  const b = doc('b.txt', 'Norco is recalling 400,000 vehicles over a faulty fuel pump. In February, Norco recalled 1.2 million '
    + 'vehicles over loose seat belts.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('a statistic stated with no period is still read as the latest month\'s', () => {
  const a = doc('a.txt', 'Inflation in Norland was 4.1 percent, the statistics office said.');
  const b = doc('b.txt', 'Inflation in Norland rose to 3.2 percent in February, the statistics office said.');
  assert.deepStrictEqual(valuePairs(a, b), ['3.2/4.1']);
});

test('a year inside a "than" phrase dates the figure compared with, not the figure compared', () => {
  const body = 'Turnout in Norland\'s general election was 61.2%, well lower than the 70% in 2019, the electoral commission said.';
  const c = claimOf(body, 61.2, '2025-03-04');
  assert.strictEqual(c.time.from, '2025-03-04');
  assert.strictEqual(claimOf('Turnout in Norland was 61.2%, lower than the 70% in 2019, the commission said.', 70).time.from,
    '2019-01-01');
  const a = doc('a.txt', 'Turnout in Norland\'s election was 61.2%, lower than the 70% in 2019, the electoral commission said.');
  const b = doc('b.txt', 'The electoral commission said turnout in Norland\'s election was 61.2 percent.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('"lower than its 2019 result of 57.5%": the year stays with the earlier result', () => {
  const body = 'The Unity Party won 40.4% of the vote in Norland, lower than its 2019 result of 57.5%.';
  assert.strictEqual(claimOf(body, 40.4).time.from, '2025-03-04');
  assert.strictEqual(claimOf(body, 57.5).time.from, '2019-01-01');
});

test('a hedge\'s "than" opens no compared phrase ("more than six decades ... on Sunday")', () => {
  const body = 'Survivors of the deadliest flood in more than six decades searched on Sunday as the toll of 212 rose.';
  assert.notStrictEqual(claimOf(body, 212, '2025-03-04').time.from, '2025-03-04');
});

test('"losing 71 seats" is how a party\'s seats moved, no rival of the seats another party won', () => {
  const a = doc('a.txt', 'With the Unity Party losing 31 seats in the Norland assembly, coalition talks began on Monday.');
  const c = doc('c.txt', 'The Farmers Party won 9 seats in the Norland assembly.');
  assert.deepStrictEqual(valuePairs(a, c), []);
  assert.strictEqual(claimOf('The Unity Party lost 31 seats in the Norland assembly.', 31).measure.event, 'won+change');
  assert.strictEqual(claimOf('The Unity Party gained nearly 20 seats in the Norland assembly.', 20).measure.event, 'won+change');
  assert.strictEqual(claimOf('The Unity Party won 120 seats in the Norland assembly.', 120).measure.event, 'won');
});

test('a report opening on how far the count has got gives every later result at that stage of the count', () => {
  const a = doc('a.txt', 'With 91.5% of the votes counted, the Unity Party led Norland\'s election. The Green Party had 21.7% '
    + 'of the vote.');
  const b = doc('b.txt', 'With 97.2% of the ballots counted, the Unity Party kept its lead in Norland. The Green Party had '
    + '21.5% of the vote.');
  assert.deepStrictEqual(valuePairs(a, b), []);
  assert.strictEqual(claimOf('With 91.5% of the votes counted, the Unity Party led Norland\'s election. The Green Party had '
    + '21.7% of the vote.', 21.7).detail.provisional, true);
});

test('a "preliminary" opening is no stage of the count: later results stay final-looking', () => {
  const body = 'The Unity Party won Norland\'s election. The commission announced these preliminary results on Monday. '
    + 'The Green Party had 21.7% of the vote.';
  assert.strictEqual(claimOf(body, 21.7).detail.provisional, undefined);
});

test('spoilt or invalid ballots are a part of the votes cast, no rival of the total', () => {
  const a = doc('a.txt', 'Turnout in Norland was 61%; 9,612,300 valid votes were cast, and there were 121,800 spoilt votes.');
  const b = doc('b.txt', 'Over 9.5 million votes were cast in Norland\'s election, the commission said.');
  assert.deepStrictEqual(valuePairs(a, b), []);
  assert.strictEqual(claimOf('Norland\'s commission counted 40,200 invalid ballots.', 40200).measure.event.endsWith('+part'), true);
});

test('the party a verb of passing takes ("overtook the Greens by winning 58 seats") is not the figure\'s holder', () => {
  const a = doc('a.txt', 'The Farmers Party overtook the Greens by securing 58 seats in the Norland assembly, as opposed to the '
    + 'Greens\' 39.');
  const b = doc('b.txt', 'In the Norland assembly the Greens won 39 seats.');
  assert.deepStrictEqual(valuePairs(a, b), []);
  assert.notStrictEqual(claimOf('The Farmers Party overtook the Greens by securing 58 seats in the Norland assembly.', 58)
    .detail.holder, 'holder:greens');
});

test('model years name the goods counted, not when the count holds', () => {
  const a = doc('a.txt', 'Norco is recalling 200,000 vehicles of model years 2019 through 2021 over faulty brakes, the company said.');
  const b = doc('b.txt', 'Norco is recalling 150,000 vehicles over faulty brakes, the company said on Tuesday.');
  assert.deepStrictEqual(valuePairs(a, b), ['150000/200000']);
  const c = claimOf('Norco is recalling 200,000 vehicles with model years ranging from 2019 to 2021.', 200000);
  assert.strictEqual(c.time.from, '2025-03-04');
});

test('"revenue grew to $4.2bn and operating profit dropped": the sum is revenue, not the next clause\'s profit', () => {
  assert.strictEqual(claimOf('Group revenue at Norco grew 3.5% to $4.2bn and operating profit dropped by 47%.', 4.2e9).measure.event,
    'revenue');
  assert.strictEqual(claimOf('Revenue at Norco grew to $4.2bn and profit fell.', 4.2e9).measure.event, 'revenue');
  const a = doc('a.txt', 'Revenue at Norco grew to $4.2bn and operating profit fell in the fourth quarter of 2024.');
  const b = doc('b.txt', 'Norco\'s operating profit was $0.9 billion in the fourth quarter of 2024.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('"earned $4.2 billion in revenue": the noun after "in" says what the sum is', () => {
  assert.strictEqual(claimOf('The carmaker earned $4.2 billion in revenue in the quarter.', 4.2e9).measure.event, 'revenue');
  assert.strictEqual(claimOf('The carmaker earned $4.2 billion in the quarter.', 4.2e9).measure.event, 'profit');
});

test('"$0.71 profit per share" is a sum per share, no rival of the year\'s profit', () => {
  const c = claimOf('Norco reported $0.71 profit per share for the fourth quarter of 2024.', 0.71);
  assert.strictEqual(c.measure.unit, 'usd/share');
  const a = doc('a.txt', 'Norco reported $0.71 profit per share for the fourth quarter of 2024.');
  const b = doc('b.txt', 'Norco reported a profit of $1.5 billion for the fourth quarter of 2024.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('"an 8.2% operating margin" is a ratio of profit, no rival of a profit\'s growth', () => {
  assert.strictEqual(claimOf('Operating income at Norco fell to $2.1 billion, resulting in an 8.2% operating margin.', 8.2)
    .measure.event, 'margin');
  const a = doc('a.txt', 'Operating income at Norco fell to $2.1 billion in the fourth quarter of 2024, resulting in an 8.2% '
    + 'operating margin.');
  const b = doc('b.txt', 'Norco\'s profit rose 19% in the fourth quarter of 2024.');
  assert.deepStrictEqual(valuePairs(a, b), []);
  assert.notStrictEqual(claimOf('The party won by a 4% margin in Norland.', 4).measure.event, 'margin');
});

test('operating income and gross profit are measures of their own, no rivals of the net income', () => {
  assert.strictEqual(claimOf('Operating income at Norco fell to $2.1 billion in the quarter.', 2.1e9).measure.event, 'operating_profit');
  assert.strictEqual(claimOf('Gross profit at Norco was $3.4 billion in the quarter.', 3.4e9).measure.event, 'gross_profit');
  const a = doc('a.txt', 'Operating income at Norco fell to $2.1 billion in the fourth quarter of 2024.');
  const b = doc('b.txt', 'Norco\'s net income rose to $7.9 billion in the fourth quarter of 2024.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('"the fourth quarter of last year" is one date: that year\'s fourth quarter', () => {
  const c = claimOf('Norco\'s net profit for the fourth quarter of last year amounted to $7.9 billion.', 7.9e9, '2025-01-26');
  assert.deepStrictEqual([c.time.from, c.time.to], ['2024-10-01', '2024-12-31']);
  const d = claimOf('Norco\'s net profit in the fourth quarter last year was $7.9 billion.', 7.9e9, '2025-01-26');
  assert.deepStrictEqual([d.time.from, d.time.to], ['2024-10-01', '2024-12-31']);
});

test('a figure its sentence calls annual is of the whole year its paragraph\'s quarter lies in', () => {
  const body = 'Norco released its results for the fourth quarter of 2024. Its quarterly net income reached $2.9 '
    + 'billion. The company\'s annual net income also rose, reaching $9.4 billion.';
  const c = claimOf(body, 9.4e9, '2025-01-26');
  assert.deepStrictEqual([c.time.from, c.time.to], ['2024-01-01', '2024-12-31']);
  const a = doc('a.txt', body, '2025-01-26');
  const b = doc('b.txt', 'Norco\'s net income for the fourth quarter of 2024 was $2.9 billion.', '2025-01-26');
  assert.deepStrictEqual(valuePairs(a, b), []);
  // A rate called annual is of its month: "annual inflation" in October is October's.
  const r = claimOf('Prices in Norland rose in October 2024. Annual inflation rose to 8.5 percent.', 8.5, '2024-11-05');
  assert.strictEqual(r.time.from.slice(0, 7), '2024-10');
});
