// False alarms read on check-dev17 (round 23, issue 10, engineer dev17b): figures of different things joined in one
// sentence (assets beside debt, people in quarantine beside the dead, police beside the crowd they disperse, people given
// care beside those taken to hospital), seats held before a vote read as seats won, a debt split by instrument and a count
// told day by day read as rivals of the whole. Invented sentences of the classes; each test fails on the build this
// round started from.
const test = require('node:test');
const assert = require('node:assert');
const { report, claimsOf, valuePairs: pairs } = require('./claimReports');

const doc = (path, text, published = '2031-06-02') => [path, report(published, text)];
const claimOf = (text, value) => claimsOf(report('2031-06-02', text)).find(c => c.value === value);
const keyOf = (text, value) => claimOf(text, value)?.measure.key;

test('measure: assets beside debt are no debt ("assets of $84 billion and debt of $79 billion")', () => {
  const text = 'Norvex Holdings reported assets of $84 billion and debt of $79 billion at the end of March.';
  assert.strictEqual(keyOf(text, 84e9), 'usd|assets');
  assert.strictEqual(keyOf(text, 79e9), 'usd|debt');
  const a = doc('a.txt', text);
  const b = doc('b.txt', 'Norvex Holdings said its debt was $80 billion at the end of March.');
  assert.ok(!pairs(a, b).includes('80000000000/84000000000'), JSON.stringify(pairs(a, b)));
});

test('measure: people in quarantine or under observation are no count of the dead', () => {
  const one = 'Of the 20 people who tested positive, 14 have died and six are under observation, the health minister said.';
  assert.strictEqual(keyOf(one, 14), 'person|killed');
  assert.notStrictEqual(keyOf(one, 6), 'person|killed');
  const two = 'The virus has killed 12 people in the province and more than 300 people are in quarantine.';
  assert.strictEqual(keyOf(two, 12), 'person|killed');
  assert.notStrictEqual(keyOf(two, 300), 'person|killed');
  // Look-alike: a figure after "and" with its own event word keeps it.
  assert.strictEqual(keyOf('Floods killed 30 people and 12 are missing, officials said.', 12), 'person|missing');
  const a = doc('a.txt', two);
  const b = doc('b.txt', 'Health officials said 15 people have died of the virus in the province.');
  assert.ok(!pairs(a, b).includes('15/300'), JSON.stringify(pairs(a, b)));
});

test('measure: medical care is no hospital admission ("250 needed medical care: 40 were hospitalised")', () => {
  const text = 'At least 250 people needed medical care after the clashes: 40 were hospitalised.';
  assert.notStrictEqual(keyOf(text, 250), 'person|hospitalized');
  assert.strictEqual(keyOf(text, 40), 'person|hospitalized');
});

test('measure: a crowd that police act on is not what the police count; a crowd word that says which people yields', () => {
  assert.notStrictEqual(keyOf('Some 2,000 police officers moved in to disperse the crowd outside parliament.', 2000), 'person|crowd');
  // Look-alike: people who join a crowd are the crowd.
  assert.strictEqual(keyOf('Some 2,000 people joined the crowd outside parliament on Sunday.', 2000), 'person|crowd');
  // "people at the rally were injured": the rally says which people; what befell them is the injury.
  assert.strictEqual(keyOf('Some 300 people at the rally were injured by rubber bullets.', 300), 'person|wounded');
  assert.strictEqual(keyOf('Some 300 people at the rally sang the anthem.', 300), 'person|crowd');
});

test('measure: seats a party held before a vote are no seats won', () => {
  const text = 'The Liberty Party had held 75 seats in the chamber before the vote.';
  assert.notStrictEqual(keyOf(text, 75), 'seat|won');
  const a = doc('a.txt', text);
  const b = doc('b.txt', 'The Liberty Party won 61 seats in the chamber, the electoral commission said.');
  assert.ok(!pairs(a, b).includes('61/75'), JSON.stringify(pairs(a, b)));
});

test('check: sums of money split by instrument are parts of a debt, no rivals of it', () => {
  const a = doc('a.txt', 'Norvex said on Monday it had debt of $613 billion.');
  const b = doc('b.txt', 'In a filing on Monday, Norvex said it owes $98.2 billion in senior secured notes, $14.1 billion in '
    + 'subordinated notes and $7 billion in junior subordinated notes.');
  const found = pairs(a, b);
  assert.ok(!found.some(p => p.endsWith('/613000000000')), JSON.stringify(found));
});

test('check: a count its sentence goes on to add to is a first stage, no rival of the whole', () => {
  const a = doc('a.txt', 'The blaze killed 54 people on Friday, officials said.');
  const b = doc('b.txt', 'Six deaths were recorded on Friday while 48 more bodies were recovered the next day.');
  assert.ok(!pairs(a, b).includes('6/54'), JSON.stringify(pairs(a, b)));
  // Look-alike: a whole split after a colon ("another 13,000 in the south") stays the whole.
  const whole = 'Officials said 9,400 people were killed: 6,400 in the north and another 3,000 in the south.';
  assert.strictEqual(claimOf(whole, 9400)?.detail?.breakdown, undefined);
  // "more than 30" is a hedge, no stage.
  const hedged = 'Eight people died on Friday and more than 30 were killed on Saturday.';
  assert.strictEqual(claimOf(hedged, 8)?.detail?.breakdown, undefined);
});
