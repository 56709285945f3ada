// Round 46 (holder46, issue 10): whose figure, when a body's name swallowed the place after "on". The recognizer let
// "on" join any capitalized run, so "an attack by the Varnian Army on Kessa" named one body, "Varnian Army on Kessa",
// the rival of "the Varnian Army" another report names beside the same toll, and the two tolls never met. "on" and its
// topic stay in the name only in a deliberative body's name ("the Commission on Human Rights"). Invented sentences; the
// first two tests fail on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { doc, valuePairs } = require('./claimReports');

const orgs = text => engine.analyzeText('a.txt', text).entities.filter(e => e.kind === 'organization').map(e => e.id);

test('"on" after a body that is no deliberative one ends its name', () => {
  const text = 'According to the relief agency, 85 people died in the air raid by the Varnian Army on Kessa village.';
  assert.deepStrictEqual(orgs(text).filter(id => id.includes('army')), ['organization:varnian-army']);
  assert.ok(!orgs('Halvex Foods on Dorval Street laid off 40 workers.').some(id => id.includes('-on-')));
  assert.ok(!orgs('Shares of Halvex Mining on the Varnian Stock Exchange fell.').some(id => id.includes('-on-')));
});

test('two reports of one strike\'s toll, the army named with its target in one, meet', () => {
  const a = doc('a.txt', 'According to the relief agency, 85 people died in the air raid by the Varnian Army on Kessa village.');
  const b = doc('b.txt', 'More than 90 residents of Kessa died late on Sunday after a Varnian Army drone hit a wedding party.', '2025-03-03');
  assert.deepStrictEqual(valuePairs(a, b), ['85/90']);
});

test('guard: a committee, commission or council keeps "on" and its topic', () => {
  const ids = orgs('The Senate Committee on Water Safety and the Commission on Human Rights met the Council on Civil Liberties.');
  assert.ok(ids.includes('organization:senate-committee-on-water-safety'), ids.join(' '));
  assert.ok(ids.includes('organization:commission-on-human-rights'), ids.join(' '));
  assert.ok(ids.some(id => id.includes('council-on-civil-liberties')), ids.join(' '));
  const centre = orgs('The toll was compiled by the Centre for Research on Coastal Floods in Varnia.');
  assert.ok(centre.includes('organization:centre-for-research-on-coastal-floods'), centre.join(' '));
});
