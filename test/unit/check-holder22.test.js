// Round 22: whose figure and where (holder and place), by class. Invented sentences; each test fails on the build before.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, findings, report } = require('./claimReports');

const claimOf = (text, figure) => claimsOf(report('2024-06-11', text)).find(c => c.quantity.text.includes(figure));
const roleOf = (text, figure, id) => {
  const c = claimOf(text, figure);
  return c.detail?.roles?.[c.scope.indexOf(id)];
};
const pairs = (a, b) => findings(['a.txt', report('2024-06-11', a)], ['b.txt', report('2024-06-11', b)]);

test('a demonym heading a voice places the figure in its country, it names no party', () => {
  // A state's own voice speaks of its country: the figure is Kenya's, as "in Kenya" would be.
  const state = 'Kenyan emergency services on Tuesday put the total death toll from the collapse so far at 62.';
  assert.strictEqual(roleOf(state, '62', 'nationality:kenyan'), 'where');
  // So a count in a town of that country, whoever else its clause names, is its part: more there than the total is a finding.
  const town = 'At least 81 people died on Tuesday when a guesthouse run by the Grace Fellowship Church collapsed in Mombasa, '
    + 'the Red Cross said.';
  assert.ok(pairs(state, town).length > 0);
  // The press's demonym likewise, however many words stand before its head.
  const press = 'The Brazilian official news agency Folha Viva reported on Tuesday that 40 people were killed in the landslide.';
  assert.strictEqual(roleOf(press, '40', 'nationality:brazilian'), 'where');
  // Another country's count stays apart.
  assert.strictEqual(pairs('Zambian officials said on Tuesday that 89 people had died throughout the country.',
    'Officials said on Tuesday that 84 people had died in Mozambique.').length, 0);
  // A demonym in the counted noun phrase is still the group counted.
  assert.strictEqual(roleOf('Officials said 12 Kenyan soldiers were killed on Tuesday.', '12', 'nationality:kenyan'), 'group');
});

test('a disease read as a body or a person names no party of the figure', () => {
  const ids = (text, figure) => claimOf(text, figure).scope;
  const initials = 'The institute said another 96 people had been infected with EHEC, making a total of more than 300 people infected.';
  assert.deepStrictEqual(ids(initials, '300'), []);
  const syndrome = 'Doctors said on Tuesday that 30 children had died of Acute Flaccid Syndrome (AFS) this month.';
  assert.deepStrictEqual(ids(syndrome, '30'), ['kind:child']);
  // So the disease's count meets a count that names a party, which it named as a rival before.
  const named = 'Officials said on Tuesday that 45 children had died this month at the Bellmont Foundation clinic.';
  assert.ok(pairs(syndrome, named).length > 0);
  // A body that is no disease still stands.
  assert.ok(ids(named, '45').includes('organization:bellmont-foundation'));
});

test("a people's army is its country's party, as its soldiers are", () => {
  const army = 'The Vietnamese Army suffered 35 casualties in the border clash on Monday, a US intelligence report said. '
    + 'Vietnam has not commented.';
  const side = 'Radio intercepts suggested 43 casualties on the Vietnamese side in the border clash on Monday, according to an Indian '
    + 'report.';
  assert.ok(pairs(army, side).length > 0);
  // Another people's losses in the same clash stay apart.
  const other = 'Radio intercepts suggested 43 casualties on the Cambodian side in the border clash on Monday, according to an '
    + 'Indian report.';
  assert.strictEqual(pairs(army, other).length, 0);
  // The army that kills abroad places nothing: the dead it killed are still the other people's count.
  const killed = 'At least 45 Laotian soldiers were killed by the Vietnamese Army in the border clash on Monday.';
  assert.ok(pairs(killed, 'Laos has shared information about the 12 soldiers killed in the border clash on Monday.').length > 0);
});
