// Round 41 (counted41): the group a figure's subject names. A time phrase before the verb ("last year recalled"), a day
// whose vote or rally a figure counts ("of Sunday's vote"), and a word pointing back at the company a report is about
// ("the carmaker recalled") name no group of what is counted. Invented sentences; the positive tests fail on the build
// before the rules.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const groups = c => c.scope.filter(id => id.startsWith('group:')).sort();

const RECALL = 'Orvel Motors recalled cars over faulty brake hoses.\n\n';

test('a time phrase before the verb is no group of the things counted', () => {
  for (const phrase of ['last year', 'last autumn', 'this week', 'last fall']) {
    const c = claimOf(`${RECALL}Orvel Motors ${phrase} recalled 2.7 million cars over sticking throttles.`, 2700000);
    assert.deepStrictEqual(groups(c), [], phrase);
  }
  const c = claimOf(`${RECALL}The Danish carmaker last year recalled 2.7 million cars over sticking throttles.`, 2700000);
  assert.deepStrictEqual(groups(c), []);
});

test('a day whose vote a share is of names no group', () => {
  const VOTE = 'Voters in Marrosia chose a president at the weekend.\n\n';
  for (const day of ['Sunday', 'Saturday', 'today', 'yesterday']) {
    const c = claimOf(`${VOTE}The commission said Ms Ilves had won 61.3 percent of ${day}'s vote.`, 61.3);
    assert.deepStrictEqual(groups(c), [], day);
  }
});

test('the company a report is about, named by a common noun, is no group', () => {
  for (const noun of ['carmaker', 'automaker', 'lender', 'insurer']) {
    const c = claimOf(`${RECALL}A week later the ${noun} recalled 180,000 cars.`, 180000);
    assert.deepStrictEqual(groups(c), [], noun);
    const p = claimOf(`${RECALL}It follows the ${noun}'s recall of 180,000 cars.`, 180000);
    assert.deepStrictEqual(groups(p), [], `${noun}'s`);
  }
});

test('a recall told with a time phrase before the verb meets the same recall told as the carmaker\'s', () => {
  const a = doc('a.txt', `${RECALL}Orvel Motors last year recalled 2.7 million cars over sticking throttles.`);
  const b = doc('b.txt', `${RECALL}The recall follows the carmaker's recall of 2.9 million cars last year over sticking throttles.`);
  assert.deepStrictEqual(valuePairs(a, b), ['2700000/2900000']);
});

test('a sector or a kind of worker before the verb is still a group (guard)', () => {
  const JOBS = 'Payrolls grew in Valdenia last month.\n\n';
  assert.deepStrictEqual(groups(claimOf(`${JOBS}In goods, construction added 41,000 jobs, the bureau said.`, 41000)), ['group:construction']);
  assert.deepStrictEqual(groups(claimOf(`${JOBS}Within services, manufacturing lost 12,000 jobs, the bureau said.`, 12000)), ['group:manufacturing']);
  const share = claimOf(`${JOBS}The union said 38 percent of primary teachers were on strike.`, 38);
  assert.deepStrictEqual(groups(share), ['group:primary-teacher']);
});

// A carrier carrying people is where they are: the count of people aboard, whichever noun names the carrier.
const SINKING = 'A ferry sank off the island of Tessaro on Friday.\n\n';

test('the carrier carrying a count of people is no group of them', () => {
  for (const noun of ['ferry', 'ship', 'vessel', 'plane', 'train']) {
    const c = claimOf(`${SINKING}Officials said the ${noun} was carrying 412 passengers.`, 412);
    assert.strictEqual(c.measure.key, 'person|aboard', noun);
    assert.deepStrictEqual(groups(c), [], noun);
  }
});

test('people aboard told by two nouns of the carrier meet', () => {
  const a = doc('a.txt', `${SINKING}The coast guard said on Friday that the ship was carrying 412 passengers.`);
  const b = doc('b.txt', `${SINKING}The coast guard said on Friday that the ferry was carrying 388 passengers.`);
  assert.deepStrictEqual(valuePairs(a, b), ['388/412']);
});
