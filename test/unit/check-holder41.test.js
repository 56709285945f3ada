// Round 41 (holder41, issue 10): whose a figure is. A party or body a report writes in full ("the Velland Unity
// League") and another by its acronym ("the VUL", "Velland Unity League (VUL)") is one holder: a body's name that ends
// in a generic head is keyed by its initials, the acronym a report writes for it. A slash name ("Progressive
// Party/Reform", "MPP/R") is keyed by its first half, the body the second half is allied with. Invented sentences;
// each test but the guards fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const holderOf = (text, value) => claimOf(text, value)?.detail?.holder;

test('a body named in full and by its acronym is one holder', () => {
  const full = 'Velland Unity League candidates took at least 143 constituencies in the general election.';
  const defined = 'The Velland Unity League (VUL) has won 141 seats out of 250 in the general election, the commission chairman said.';
  const bare = 'The VUL won 139 seats in the general election.';
  assert.strictEqual(holderOf(full, 143), 'holder:vul');
  assert.strictEqual(holderOf(defined, 141), 'holder:vul');
  assert.strictEqual(holderOf(bare, 139), 'holder:vul');
});

test('two reports of one party\'s seats meet though one writes the name in full', () => {
  const a = 'Velland Unity League candidates took at least 143 constituencies in the general election.';
  const b = 'The Velland Unity League (VUL) has won 141 seats out of 250 in the general election, the commission chairman said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['141/143']);
});

test('a slash name is keyed by its first half, written in full or by acronym', () => {
  assert.strictEqual(holderOf('The opposition Marden Progressive Party/Reform has earned 64,512 votes in the district.', 64512), 'holder:mpp');
  assert.strictEqual(holderOf('The MPP/R has earned 64,512 votes in the district.', 64512), 'holder:mpp');
  assert.strictEqual(holderOf('He said the MPP received 64,530 votes in the district.', 64530), 'holder:mpp');
});

test('a joined name with "+" is keyed by its first half, as with a slash', () => {
  assert.strictEqual(holderOf('In the district, ABC+DEF got 31,200 votes.', 31200), 'holder:abc');
  assert.strictEqual(holderOf('The ABC/DEF received 30,950 votes in the district.', 30950), 'holder:abc');
});

test('a common noun\'s possessive is part of the body\'s name; a place\'s names its owner', () => {
  assert.strictEqual(holderOf("The opposition People's Reform Party/Civic has earned 64,512 votes in the district.", 64512), 'holder:prp');
  assert.strictEqual(holderOf("The opposition People's Unity League won 88 seats.", 88), 'holder:pul');
  assert.strictEqual(holderOf("Norland's Unity League won 40 seats.", 40), 'holder:ul');
});

test('guard: bodies with the same head but other names stay apart', () => {
  const a = 'The commission said the Christian Democratic Movement received 12,400 votes.';
  const b = 'The commission said the National Movement received 12,950 votes.';
  assert.notStrictEqual(holderOf(a, 12400), holderOf(b, 12950));
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('guard: a person\'s name keeps its last word, and a name with no head is not made initials', () => {
  assert.strictEqual(holderOf('The commission said Jonas Adler received 12,400 votes.', 12400), 'holder:adler');
  assert.strictEqual(holderOf('The commission said Palang Marden received 12,400 votes.', 12400), 'holder:marden');
});

// A firm written with its line of business ("X Mining") and without it ("X Ltd", the legal form dropped) is one party.
test('a firm named with and without its line of business is one party', () => {
  const a = 'Tarrow Mining shares lost 31 per cent on Thursday, brokers said.';
  const b = 'Tarrow Ltd shares slid 18% on Thursday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['18/31']);
  const c = 'Marlow Mining employs 2,000 people at the mine.';
  const d = 'Marlow Inc employs 2,500 people at the mine.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', c), doc('b.txt', d)), ['2000/2500']);
});

test('guard: two firms of one name\'s first word in other lines of business stay apart', () => {
  const a = 'Marlow Mining employs 2,000 people at the site.';
  const b = 'Marlow Foods employs 2,500 people at the site.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});
