// Round 43 (holder43, issue 10): whose a figure is. A person named with the party after "of" ("Jonas Adler of the
// Velland Unity League (VUL) got ...") holds the figure, not the party; names after a comparison mark ("ahead of",
// "behind", "against") are the other side of the comparison, and the walk goes on to the figure's own holder. Invented
// sentences; each test but the guards fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const holderOf = (text, value) => claimOf(text, value)?.detail?.holder;

test('a person named with the party after "of" holds the figure', () => {
  assert.strictEqual(holderOf('The commission said on Saturday that Jonas Adler of the Velland National Union – Patriotic Front (VNU-PF) got 1,482,903 votes (57.3%).', 1482903), 'holder:adler');
  assert.strictEqual(holderOf('His closest rival, 45-year-old Tomas Brenn of the Citizens Alliance for Reform (CAR) party, finished second on 1,120,458 votes (39%).', 1120458), 'holder:brenn');
});

test('the candidate named with the party meets the same candidate named alone', () => {
  const a = doc('a.txt', 'The commission said on Saturday that Jonas Adler of the Velland Unity League (VUL) got 1,482,903 votes.');
  const b = doc('b.txt', 'The commission said on Saturday that Adler got 1,482,311 votes.');
  assert.deepStrictEqual(valuePairs(a, b), ['1482311/1482903']);
});

test('a name after "ahead of" or "behind" is the rival, not the holder', () => {
  assert.strictEqual(holderOf('Adler finished ahead of Brenn with 49% of the vote.', 49), 'holder:adler');
  assert.strictEqual(holderOf('Kessel finished behind Adler and Brenn with 12% of the vote.', 12), 'holder:kessel');
  assert.notStrictEqual(holderOf('The other candidates trailed far behind Adler and Brenn, with 1.4% of the ballots cast.', 1.4), 'holder:brenn');
});

test('guards: a body\'s own "of", a possessive after a rival mark', () => {
  assert.strictEqual(holderOf('The Party of Regions won 30% of the vote.', 30), 'holder:regions');
  assert.strictEqual(holderOf("With most votes counted, Adler holds a majority with 58.12 per cent, against Tomas Brenn's 33.47 per cent, the alliance said.", 33.47), 'holder:brenn');
  assert.strictEqual(holderOf('Brenn was well ahead at 53.5% of the vote.', 53.5), 'holder:brenn');
});

test('a bare count in parentheses after a share is the share\'s holder\'s', () => {
  const text = 'The commission chair said Adler got 57.3% (1,482,903) of the vote and his rival Tomas Brenn of the Citizens Alliance for Reform (CAR) got 39% (1,013,227).';
  assert.strictEqual(holderOf(text, 1013227), 'holder:brenn');
  assert.strictEqual(holderOf(text, 1482903), 'holder:adler');
});

test('a count written with its own unit word in parentheses keeps its own reading', () => {
  assert.strictEqual(holderOf('Adler won 41.26% (3,918,207 votes) for the party.', 3918207), holderOf('Adler won 41.26%, 3,918,207 votes for the party.', 3918207));
});

test('a surname of a person the report names in full, before "of" and a party, holds the figure', () => {
  const text = 'Jonas Adler thanked his voters. The commission said that 80-year-old Adler of the Velland National Union – Patriotic Front (VNU-PF) got 1,482,903 votes.';
  assert.strictEqual(holderOf(text, 1482903), 'holder:adler');
});
