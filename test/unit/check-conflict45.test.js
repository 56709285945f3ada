// Round 45 (conflict45, issue 10): a place fused by a hyphen to "based" names the seat of the body that speaks, not the
// place its figure holds. "A Kessa-based monitor said 40 people died in the shelling" put the dead in Kessa, so a monitor
// abroad placed a war's toll in its own seat's country and the toll met no rival there. Invented sentences; the first
// two tests fail on the build before this round, the guard passes on both.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

const places = (body, value) => (claimOf(body, value)?.scope ?? []).map(s => s.id ?? s).filter(id => /^(place|country):/.test(id));

test('a body\'s seat before "-based" places none of its figures', () => {
  assert.deepStrictEqual(places('A London-based rights group said 40 people died in the shelling, 12 of them children.', 40), []);
  assert.deepStrictEqual(places('A London-based rights group said 40 people died in the shelling, 12 of them children.', 12), []);
  assert.deepStrictEqual(places('The UK-based monitoring group said 35 people died in the shelling.', 35), []);
});

test('the place the figure names stays beside the seat', () => {
  assert.deepStrictEqual(places('The Paris-based agency said 300 people died in Dorvik.', 300), ['place:dorvik']);
});

test('guard: the place of the figure\'s own words still places it', () => {
  assert.deepStrictEqual(places('A rights group said 40 people died in the shelling in Dorvik.', 40), ['place:dorvik']);
});
