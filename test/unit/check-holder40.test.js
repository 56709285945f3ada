// Round 40 (holder40, issue 10): whose a figure is. A body named as where a count of people or a turnout comes from,
// after a noun of counting and its preposition ("the data of X", "figures from X", "a figure of N from X"), is who
// counted, not whose the count is: no party. Invented sentences; each test but the guards fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, report, valuePairs } = require('./claimReports');

const partiesOf = (text, figure) => claimsOf(report('2025-03-04', text)).find(c => c.quantity.text.includes(figure))
  ?.scope.filter(id => id.startsWith('person:') || id.startsWith('organization:'));

test('a body after "the data of" is who counted, no party', () => {
  const text = 'The deputy governor told the outlet that "the number of dead according to the data of the Kessa Health Office was 87 people."';
  assert.deepStrictEqual(partiesOf(text, '87'), []);
});

test('a body after a figure of a share "from" it is who counted, no party', () => {
  const text = 'Observers cited a turnout of 52% and also a figure of 38.4% from the election monitoring group Marden Watch.';
  assert.deepStrictEqual(partiesOf(text, '38.4%'), []);
});

test('a body after "data from" is who counted, no party', () => {
  const text = '64 deaths have been reported so far in the Kessa district, citing data from the Velland Health Office.';
  assert.deepStrictEqual(partiesOf(text, '64'), []);
});

test('two reports of one toll meet though one names whose data it is', () => {
  const a = 'The deputy governor told the outlet that "the number of dead according to the data of the Kessa Health Office was 87 people."';
  const b = 'The deputy mayor told reporters that "the death toll according to the data of the Marden Red Cross was 92."';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['87/92']);
});

test('guard: a company after "data from" keeps its own revenue (a count some body owns)', () => {
  const text = 'Revenue reached $4.2 billion for the year, citing data from Marden Steel Corp.';
  assert.ok(partiesOf(text, '4.2')?.some(id => id.endsWith(':marden-steel')));
});

test('guard: a body whose own dead are counted stays a party ("X lost 12 soldiers")', () => {
  const text = 'The Marden Brigade lost 12 soldiers in the fighting, figures from the army showed.';
  assert.ok(partiesOf(text, '12')?.some(id => id.endsWith(':marden-brigade')));
});
