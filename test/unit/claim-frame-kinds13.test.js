// What is counted, round 13 (issue 10): counted nouns and event words the tables do not list, derived instead of
// listed. Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const frames = text => claimsOf(report('2025-03-12', text)).map(c => `${c.measure.key} [${c.scope.join(' ')}]`);
const found = (a, b) => findings(['a.txt', report('2025-03-12', a)], ['b.txt', report('2025-03-12', b)]).length;

test('a person noun no table lists counts people when what befell it befalls people, its kind a role', () => {
  assert.deepStrictEqual(frames('Mortar fire killed nine peacekeepers on Monday.'), ['person|killed [role:peacekeeper]']);
  assert.deepStrictEqual(frames('Some 22 peacekeepers died on Monday.'), ['person|killed [role:peacekeeper]']);
  assert.deepStrictEqual(frames('Police said 80 schoolchildren were kidnapped on Monday.'), ['person|abducted [role:schoolchildren]']);
  // An event only people undergo makes any noun people: "guests" were hospitalised.
  assert.deepStrictEqual(frames('Some 140 guests were hospitalised on Saturday.'), ['person|hospitalized [role:guest]']);
  assert.strictEqual(found('Mortar fire killed nine peacekeepers near Lutsa on Monday.', 'The UN said 22 peacekeepers died near Lutsa on Monday.'), 1);
});

test('an unknown noun stays itself when it did the deed, names a group, or may be no person', () => {
  // The doer of "killed 30 people" is not counted among the dead.
  assert.ok(!frames('Two bombers killed 30 people.')[0].startsWith('person|'));
  // Families and households are groups of people, not persons.
  assert.ok(!frames('Some 500 families were displaced.')[0].startsWith('person|'));
  // Cattle have no person's ending and drowning befalls animals too.
  assert.ok(!frames('Some 500 cattle drowned in the floods.')[0].startsWith('person|'));
  // "others" is no kind of person.
  assert.ok(!frames('Some 300 others were missing.')[0].includes('role:'));
});

test('two different kinds of person stay apart; a kind named on one side only does not', () => {
  assert.strictEqual(found('Officials said 70 terrorists were killed in the strikes on Monday.',
    'Officials said there were eight civilian fatalities in the strikes on Monday.'), 0);
  assert.strictEqual(found('Mortar fire killed 30 peacekeepers near Lutsa on Monday.', 'Mortar fire killed 12 people near Lutsa on Monday.'), 1);
});
