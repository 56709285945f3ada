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
