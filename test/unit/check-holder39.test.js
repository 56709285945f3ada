// Round 39 (holder39, issue 10): whose a figure is. A name that a noun of a vessel, a product or a volcano names ("the
// ferry, the X", "the cough syrup X", "the X volcano") is the thing the story is about, never a party whose count the
// figure is. Invented sentences; each test but the guards fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, report, valuePairs } = require('./claimReports');

const partiesOf = (text, figure) => claimsOf(report('2025-03-04', text)).find(c => c.quantity.text.includes(figure))
  ?.scope.filter(id => id.startsWith('person:') || id.startsWith('organization:'));

test('a vessel named in apposition to its noun is no party: "the ferry, the X, sank"', () => {
  const text = 'The Marvela had left port on Monday. About 40 passengers were rescued after the old ferry, the Marvela, capsized off Kessa.';
  assert.deepStrictEqual(partiesOf(text, '40'), []);
});

test('a product named after its noun is no party: "the cough syrup X"', () => {
  const text = 'Velorin was pulled from shelves on Monday. Officials confirmed the deaths of 11 children who had taken the cough syrup Velorin, '
    + 'samples of which were found to be toxic.';
  assert.deepStrictEqual(partiesOf(text, '11'), []);
});

test('a volcano named before its noun is no party: "the X volcano"', () => {
  const text = 'Tarrin erupted on Friday. Mud from the slopes of the Tarrin volcano buried villages across 25 square miles.';
  assert.deepStrictEqual(partiesOf(text, '25'), []);
});

test('a vessel named after its prefix is no party, nor is the prefix: "the MS X", "the HMS X"', () => {
  assert.deepStrictEqual(partiesOf('Media reports have said the MS Marvela was designed to hold no more than 600 people.', '600'), []);
  assert.deepStrictEqual(partiesOf('Officials said the HMS Marvela carried 300 sailors.', '300'), []);
});

test('two reports of one sinking meet though one names the vessel beside its noun', () => {
  const a = 'The Marvela had left port on Monday. About 40 passengers were rescued after the old ferry, the Marvela, capsized off Kessa, '
    + 'Ostran officials said on Tuesday.';
  const b = 'About 70 passengers were rescued by the crew of Captain Ilse Varga after a ferry capsized off Kessa, Ostran officials said '
    + 'on Tuesday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['40/70']);
});

test('guard: a maker named before a verb stays a party ("the vaccine X developed")', () => {
  const text = 'Marden Pharma shipped doses on Monday. The vaccine Marden Pharma developed reached 12,000 clinics, the ministry said.';
  assert.ok(partiesOf(text, '12,000')?.some(id => id.endsWith(':marden-pharma')));
});

test('guard: an operator named before a vessel noun stays a party ("a X ferry")', () => {
  const text = 'About 300 passengers were aboard a Marden Lines ferry that sank off Kessa on Monday.';
  assert.ok(partiesOf(text, '300')?.some(id => id.endsWith(':marden-lines')));
});

test('guard: a body after a vessel noun and a comma, with no article, stays a party ("the vessel, X and the navy said")', () => {
  const text = 'Marden Lines said on Monday. About 300 passengers were aboard the vessel, Marden Lines and the navy said.';
  assert.ok(partiesOf(text, '300')?.some(id => id.endsWith(':marden-lines')));
});
