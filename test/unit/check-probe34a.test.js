// Round 34 (probe34a, issue 10): classes found probing fresh real news (an election, a battle, an air crash, a
// company's scandal). Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

test('tonnes of one material are no rival of tonnes of another', () => {
  const a = 'The mill said on Monday it had shipped 4,100 tons of zinc sheet to buyers last year.';
  const b = 'The mill said on Monday it had shipped 7,300 tons of iron bars to buyers last year.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
  const c = 'The port handled 12,000 tonnes of wheat in March, the authority said.';
  const d = 'The port handled 30,000 tonnes of coal in March, the authority said.';
  assert.deepStrictEqual(valuePairs(doc('c.txt', c), doc('d.txt', d)), []);
  // The same material, or one side naming none, still pairs.
  const e = 'The mill said on Monday it had shipped 5,200 tons of zinc sheet to buyers last year.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('e.txt', e)), ['4100/5200']);
  const f = 'The mill said on Monday it had shipped 5,200 tons to buyers last year.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('f.txt', f)), ['4100/5200']);
});

test('passengers listed with the crew\'s count after them are the passengers apart from the crew', () => {
  const a = 'The ferry had 212 people on board when it sank, the coast guard said on Monday.';
  const b = 'The coast guard said on Monday the ferry had 198 passengers, including 6 children, 3 officers and 11 crew, on board.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
  const c = 'The 212 people on board included 190 passengers, 8 children, two pilots and four cabin attendants.';
  assert.ok(claimOf(c, 190)?.scope.includes('kind:passenger'));
  // A list with no crew in it leaves the passengers everyone aboard.
  const d = 'The coast guard said on Monday the ferry had 198 passengers on board, including 6 children and 3 infants.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('d.txt', d)), ['198/212']);
});

test('a figure a preposition takes after the verb counts the places, not the people the verb befell', () => {
  assert.notStrictEqual(claimOf('Officials said 85 people were admitted to nine hospitals in the province.', 9)?.measure.unit, 'person');
  assert.notStrictEqual(claimOf('The injured were treated in 12 clinics across the region.', 12)?.measure.unit, 'person');
  const a = 'Officials said 85 people were admitted to nine hospitals in the province on Friday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a)), []);
  // A verb's own object, hedged or not, is still the people it befell.
  assert.strictEqual(claimOf('The attack killed at least nine peacekeepers.', 9)?.measure.key, 'person|killed');
  assert.strictEqual(claimOf('The storm killed up to 40 villagers.', 40)?.measure.key, 'person|killed');
});

test('how far a vehicle fell is one depth, however the clause tells it', () => {
  assert.strictEqual(claimOf('The bus skidded off the road and plunged 40 metres into a gorge on Monday.', 40)?.measure.event, 'depth');
  const a = 'The bus skidded off the road on Monday and fell into a gorge 40 metres below.';
  const b = 'Police said the bus went off the road on Monday and plunged into a 60 metres deep gorge.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['40/60']);
  // A length nothing fell by stays unread: no rival of the depth.
  const c = 'Police said the bus crossed a 60 metres long bridge on Monday before it went off the road.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('c.txt', c)), []);
});
