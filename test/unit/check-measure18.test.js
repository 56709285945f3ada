// What is counted and what happened to it, round 18 (issue 10): words of a crowd, a consumer price index, "others", a
// toll's long "from" tail, a passive valuer, a past period's own figure, a month's own rate and kinds of the dead. Invented
// sentences of the classes read on the development sets' misses; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, keyOf, doc, valuePairs: pairs } = require('./claimReports');


test('measure: attendees, "attend", "participation" and "went out onto the streets" are a crowd', () => {
  assert.strictEqual(keyOf('The interior ministry spoke of 42,000 attendees at the Sunday rally in Valdora.', 42000), 'person|crowd');
  assert.strictEqual(keyOf('Organisers put participation at 90,000 attendees on Sunday.', 90000), 'person|crowd');
  assert.strictEqual(keyOf('The ministry says only 42,000 people went out onto the streets of Valdora on Sunday.', 42000), 'person|crowd');
  assert.strictEqual(keyOf('About 42,000 people came to attend the rally in Valdora on Sunday, police said.', 42000), 'person|crowd');
  // Look-alike: attendees something befell are counted by what befell them.
  assert.strictEqual(keyOf('Twelve attendees were injured at the Valdora rally on Sunday, police said.', 12), 'person|wounded');
  // A true conflict of the shape: the ministry's attendees against the organisers' marchers.
  const a = doc('a.txt', 'The interior ministry said 42,000 people went out onto the streets of Valdora on Sunday.');
  const b = doc('b.txt', 'Organisers said 150,000 people marched in Valdora on Sunday.');
  assert.ok(pairs(a, b).includes('42000/150000'), JSON.stringify(pairs(a, b)));
});

test('measure: a percentage of the CPI is inflation; a one-sentence paragraph\'s metric reaches the next paragraph', () => {
  assert.strictEqual(keyOf('The CPI stood at 12.5% in April, the statistics office said.', 12.5), 'percent|inflation');
  const wire = 'Norvania\'s annual inflation rose to 14% in May, the statistics office said on Thursday.\n\n'
    + 'The May reading broke the previous record of 12.5 percent set in April.';
  assert.strictEqual(keyOf(wire, 12.5), 'percent|inflation');
  // Look-alike: "In December alone" is the month's own rate, no rival of the year's.
  const monthly = 'Annual inflation reached 900% in 2024, economists said.\n\nIn December alone, the index rose 40%.';
  assert.strictEqual(keyOf(monthly, 40), 'percent|inflation@monthly');
});

test('counted thing: "others" counts what the figure before it counted; the clause says what befell them', () => {
  assert.strictEqual(keyOf('The ferry sank on Tuesday, leaving three people dead and more than 200 others missing.', 200), 'person|missing');
  assert.strictEqual(keyOf('Four soldiers were killed on Tuesday and 11 others were wounded.', 11), 'soldier|wounded');
  const a = doc('a.txt', 'The ferry sank off Norvania on Tuesday, leaving three people dead and more than 200 others missing.');
  const b = doc('b.txt', 'Officials said as many as 150 people were missing after the ferry sank off Norvania on Tuesday.');
  assert.ok(pairs(a, b).some(p => p.startsWith('150/')), JSON.stringify(pairs(a, b)));
});

test('counted thing: a toll with a long "from" tail counts the dead; a passive\'s agent is no counted thing', () => {
  const toll = 'Health officials said the death toll from the blast at the fuel depot on the northern coast has risen to 45.';
  assert.strictEqual(keyOf(toll, 45), 'person|killed');
  assert.strictEqual(keyOf('A crowd loosely estimated by police at 60,000 marched through Valdora on Sunday.', 60000), 'person|crowd');
  const a = doc('a.txt', 'Health officials said the death toll from the blast at the fuel depot in Norvania has risen to 45 on Tuesday.');
  const b = doc('b.txt', 'At least 70 people were killed in the blast at the fuel depot in Norvania on Tuesday, the civil defence said.');
  assert.ok(pairs(a, b).includes('45/70'), JSON.stringify(pairs(a, b)));
});

test('yardstick: a figure a past period owns ("last year\'s figure (N)") is no claim of this year', () => {
  const text = 'Police put the crowd at 90,000 on Sunday. That is higher than last year\'s figure (70,000 people), police said.';
  assert.strictEqual(claimOf(text, 70000)?.detail?.yardstick, true);
  assert.strictEqual(claimOf('The toll of 40 was well above last year\'s 25, officials said on Monday.', 25)?.detail?.yardstick, true);
  // Look-alike: this year's own figure stays a claim.
  assert.notStrictEqual(claimOf(text, 90000)?.detail?.yardstick, true);
});

test('counted thing: civilians and police officers are a kind of the dead, a part no rival of the whole', () => {
  const scope = claimOf('The army said 57 civilians were killed along with 20 police officers on Monday.', 20)?.scope ?? [];
  // Round 30: "police officers" are policemen, one kind with "policemen" and "police" (claims/frame.ts COMPOUND_KINDS).
  assert.ok(scope.includes('kind:policeman'), JSON.stringify(scope));
  const whole = doc('a.txt', 'The prosecutor said on Monday that 180 people were killed in the unrest in Valdora.');
  const part = doc('b.txt', 'A rights group said on Monday that 60 civilians were killed in the unrest in Valdora.');
  assert.deepStrictEqual(pairs(whole, part), []);
  // Two counts of the same kind still meet.
  const other = doc('c.txt', 'Witnesses said on Monday that 140 civilians were killed in the unrest in Valdora.');
  assert.ok(pairs(part, other).includes('60/140'), JSON.stringify(pairs(part, other)));
});
