// What is counted, round 11 (issue 10): a counted group on one side only is a part of the other's whole, a world tally
// named far from its figure, and verbs of killing. Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const keys = text => claimsOf(report('2024-05-02', text)).map(c => c.measure.key);
const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
const scopes = text => claimsOf(report('2024-05-02', text)).map(c => c.scope.join(' '));

test('a kind of person counted on one side only is a part of the other side\'s people: found when it exceeds them', () => {
  const whole = ['b.txt', report('2024-05-02', 'The floods killed 120 people in Valdora province, the Red Cross said on Monday.')];
  const over = ['a.txt', report('2024-05-02', 'At least 150 children were killed in the floods in Valdora province, officials said on Monday.')];
  const found = messages(over, whole);
  assert.strictEqual(found.length, 1);
  assert.match(found[0], /^possible: At least 150 children/);
  // A part the whole can hold is no finding.
  const under = ['a.txt', report('2024-05-02', 'At least 40 children were killed in the floods in Valdora province, officials said on Monday.')];
  assert.deepStrictEqual(messages(under, whole), []);
});

test('a nationality counted on one side only is a part of the other side\'s dead', () => {
  const whole = ['b.txt', report('2024-05-02', 'No more than 30 people died in the fighting in Korvan, the army said on Monday.')];
  const over = ['a.txt', report('2024-05-02', 'Rebels said 90 Moldovans were killed in the fighting in Korvan on Monday.')];
  assert.strictEqual(messages(over, whole).length, 1);
  const under = ['a.txt', report('2024-05-02', 'Rebels said 12 Moldovans were killed in the fighting in Korvan on Monday.')];
  assert.deepStrictEqual(messages(under, whole), []);
  // Two different groups stay apart whatever their figures.
  const children = ['c.txt', report('2024-05-02', 'Medics said 60 children were killed in the fighting in Korvan on Monday.')];
  assert.deepStrictEqual(messages(over, children), []);
});

test('a tally the sentence calls global, far before its figure, and a tally restating it, count the whole world', () => {
  const text = 'Flu killed 30,000 people in Moldova last winter. The global figure, according to the agency\'s report, was 9 million, '
    + 'more than double the official figure of 4 million.';
  const [, first, second] = scopes(text);
  assert.strictEqual(first, 'place:world');
  assert.strictEqual(second, 'place:world');
  // A country's figure after another figure of the sentence stays the country's.
  const two = 'The global toll reached 9 million, while the count in Moldova was 40,000.';
  assert.ok(!scopes(two)[1].includes('place:world'));
});

test('verbs of killing count the dead: massacred, slaughtered, murdered, executed', () => {
  assert.deepStrictEqual(keys('Witnesses said up to 300 civilians were massacred by the militia.'), ['person|killed']);
  assert.deepStrictEqual(keys('The gunmen murdered 14 villagers in the raid.'), ['person|killed']);
  assert.deepStrictEqual(keys('Rebels executed 12 people on Sunday, the monitors said.'), ['person|killed']);
});

test('the subject of a verb done to people is who did it, no group of the people counted', () => {
  assert.deepStrictEqual(scopes('The gunmen killed 14 people in the raid.'), ['']);
  assert.deepStrictEqual(scopes('Volunteers rescued 40 people from the river.'), ['']);
  // A sector's own count keeps its group.
  assert.deepStrictEqual(scopes('Leisure and hospitality added 21,000 jobs in June.'), ['group:hospitality']);
});

const frames = text => claimsOf(report('2024-05-02', text)).map(c => `${c.measure.key} [${c.scope.join(' ')}]${c.detail?.holder ? ` ${c.detail.holder}` : ''}`);

test('a figure restated in parentheses shares its clause: the verb after the parenthesis and whose the figures are', () => {
  const text = 'The commission declared the results of the presidential election on Monday. The data shows about 3.6 million '
    + '(46.2 per cent) polled for Okafor.';
  // "The data shows about 3.6 million": the subject of "shows" is no count, so the share is the one claim of percent.
  const share = frames(text).find(f => f.startsWith('percent|'));
  assert.strictEqual(share, 'percent|vote_share [] holder:okafor');
  // The flights a parenthesis interrupts were cancelled, and the clause's verb reaches them.
  assert.deepStrictEqual(keys('Two days later about 266 flights (9 percent) were cancelled at the airport.')[0], 'flight|cancelled');
  // A list of results, each with its share in parentheses, keeps each figure in its own clause.
  const list = 'The results gave Okafor 3.6 million (46.2 per cent), Marlow 4.1 million (52.3 per cent).';
  assert.ok(!frames(list).some(f => f.includes('vote_share') && f.includes('holder:marlow') && f.startsWith('percent') && f.includes('okafor')));
});

test('a "with" clause counts for the one party the clause it hangs on names', () => {
  const [flights] = frames('Northwind Airlines was a distant second, with about 266 flights (9 percent) cancelled on Sunday.');
  assert.strictEqual(flights, 'flight|cancelled [organization:northwind-airlines]');
  // Two parties before it: whose the count is stays unread.
  const two = frames('Northwind Airlines and Bluesky Airlines were behind, with about 266 flights cancelled on Sunday.');
  assert.ok(!two[0].includes('organization:'));
});

test('a kind of person as the counted noun counts persons, with its kind: students, women, miners, nurses', () => {
  assert.deepStrictEqual(keys('At least 30 students were killed in the blast.'), ['person|killed']);
  assert.deepStrictEqual(keys('The crash killed 14 miners.'), ['person|killed']);
  assert.deepStrictEqual(scopes('Twelve nurses were injured in the attack.'), ['kind:nurse']);
  // More students killed than people killed in all is a finding; fewer is a part.
  const whole = ['b.txt', report('2024-05-02', 'The blast killed 20 people in Korvan, medics said on Monday.')];
  assert.strictEqual(messages(['a.txt', report('2024-05-02', 'At least 30 students were killed in the blast in Korvan, police said on Monday.')], whole).length, 1);
  assert.deepStrictEqual(messages(['a.txt', report('2024-05-02', 'At least 12 students were killed in the blast in Korvan, police said on Monday.')], whole), []);
});
