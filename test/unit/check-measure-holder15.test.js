// The claim frame's measure and holder, round 15 (issue 10): measures the tables did not know, one event worded two ways,
// whose a held count is when a pronoun names the candidate, and parties that keep two tolls apart only in appearance.
// Invented sentences of the classes read on the development sets; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimOf, keyOf } = require('./claimReports');


test('measure: people who gathered, or went out into the street, are a crowd', () => {
  assert.strictEqual(keyOf('According to the police, 81,000 people gathered in Lyon on Tuesday.', 81000), 'person|crowd');
  assert.strictEqual(keyOf('At noon over 2,000 people went out into the street and blocked traffic in Tarnow.', 2000), 'person|crowd');
});

test('measure: people untraced are missing; people admitted are in hospital', () => {
  assert.strictEqual(keyOf('Some 1,200 people were evacuated from the valley while over 3,500 remain untraced.', 3500), 'person|missing');
  assert.strictEqual(keyOf('Officials said 47 people have been admitted since the outbreak began on Monday.', 47), 'person|hospitalized');
  assert.strictEqual(keyOf('In Tarnow, 30 people were admitted to the district hospital on Monday.', 30), 'person|hospitalized');
});

test('measure: a verb of claiming or of a range names no event of the count', () => {
  const claimed = keyOf('The union claimed an estimated 1,000 protests were held in 46 states on Friday.', 1000);
  assert.ok(!/~claim/.test(claimed), claimed);
  const ranged = keyOf('Forecasts ranged from 110,000 to 288,000 jobs, with a consensus of 225,000.', 225000);
  assert.ok(!/~rang/.test(ranged ?? ''), ranged);
});

test('measure: a fronted "Without ...," clause names no event of the figure after its comma', () => {
  const c = claimOf('Without entering the war of figures, the organizers say there were close to a million people in the square on Sunday.', 1000000);
  assert.ok(c && !/arrived/.test(c.measure.key), c?.measure.key);
});

const vote = 'The electoral commission published the results of the presidential election on Sunday.';

test('holder: a subject pronoun before a held share stands for the person named last before it', () => {
  const same = claimOf(`${vote} Ivan Petrov has won a second term. Sources at the commission said that he won with 52.3 per cent of the vote.`, 52.3);
  assert.strictEqual(same.detail.holder, 'holder:petrov');
  // A paragraph opening with the pronoun: the person the paragraph before named last.
  const before = claimOf(`${vote} Whether Mr Karel Novak has won outright remains in dispute.\n\nA network of monitors said earlier that he had won 47% of the vote.`, 47);
  assert.strictEqual(before.detail.holder, 'holder:novak');
});

test('holder: "won the election by 50.3%" is no contest score: the name before says whose share it is', () => {
  const c = claimOf(`${vote} Karel Novak declared, a few days after the vote, that he won the election by 50.3%.`, 50.3);
  assert.strictEqual(c.detail.holder, 'holder:novak');
});

test('holder: a share restated in parentheses with a multiplier reads its vote and holder after them', () => {
  const c = claimOf(`${vote} About 50.49 per cent (7.18 million) of the voters voted for Novak in the poll.`, 50.49);
  assert.strictEqual(c.measure.key, 'percent|vote_share');
  assert.strictEqual(c.detail.holder, 'holder:novak');
});

test('holder: two reports of one candidate, the share named by a pronoun in one, meet', () => {
  const a = ['a.txt', report('2025-03-04', `${vote} Ivan Petrov has won a second term. Sources at the commission said that he won with 52.3 per cent of the vote.`)];
  const b = ['b.txt', report('2025-03-04', `${vote} Ivan Petrov won 47.1 per cent of the vote, the interior minister said.`)];
  assert.strictEqual(findings(a, b).length, 1);
});

test('holder: a party the other side counts as its group is no rival holder', () => {
  // "Chile ... the four soldiers killed" reads Chile as a party; "45 Chilean soldiers" counts Chileans: one toll.
  const a = ['a.txt', report('2025-07-01', 'Chile has shared information about the four soldiers killed in the border clash in June.')];
  const b = ['b.txt', report('2025-07-01', 'At least 45 Chilean soldiers were killed by the Peruvian Army in the border clash in June.')];
  assert.strictEqual(findings(a, b).length, 1);
  // Another party's dead stay apart.
  const c = ['c.txt', report('2025-07-01', 'Peru has shared information about the four soldiers killed in the border clash in June.')];
  assert.strictEqual(findings(c, b).length, 0);
});

test('holder: a country as party fits the other side placing its count in that country', () => {
  const a = ['a.txt', report('2025-02-05', 'The administrators are now working for the 19,500-strong UK workforce, the union said on Monday.')];
  const b = ['b.txt', report('2025-02-05', 'Norbuild Ltd employed around 16,000 people in the UK on Monday, its administrators said.')];
  assert.strictEqual(findings(a, b).length, 1);
  // Two countries' own counts stay apart.
  const c = ['c.txt', report('2025-02-05', 'Russia lost 500 soldiers on Monday, officials said.')];
  const d = ['d.txt', report('2025-02-05', 'Ukraine lost 300 soldiers on Monday, officials said.')];
  assert.strictEqual(findings(c, d).length, 0);
});
