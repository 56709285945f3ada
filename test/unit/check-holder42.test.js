// Round 42 (holder42, issue 10): a person's surname met in full in the report is that person after "according to" and
// with a possessive, even where a preposition would mark a town of that name. Invented sentences; the finding tests
// fail on the build before this round, the controls guard a place that must stay a place.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

const engine = require('../../dist/engine.js');
/** The id each entity of a text was read as, "text=id". */
const ids = text => engine.analyzeText('a.txt', `${text}\n`).entities.map(e => `${e.text}=${e.id}`);

test('"according to" a surname met in full is the person, not a town', () => {
  assert.deepStrictEqual(ids('The health minister Paul Medina spoke on Monday. According to Medina, 40 people have died.'),
    ['Paul Medina=person:paul-medina', 'Medina=person:paul-medina']);
});

test('a surname with a possessive after a preposition is the person', () => {
  assert.deepStrictEqual(ids('Candidate Rosa Medina won the runoff. Her rival polled 4,100 votes to Medina\'s 5,300.'),
    ['Rosa Medina=person:rosa-medina', 'Medina=person:rosa-medina']);
  assert.deepStrictEqual(ids('Rosa Cordoba led the count. Crowds gathered in front of Cordoba\'s house.'),
    ['Rosa Cordoba=person:rosa-cordoba', 'Cordoba=person:rosa-cordoba']);
});

test('the figure after a possessive surname is held by the person', () => {
  const c = claimOf('Candidate Rosa Medina won the runoff on Sunday. Her rival polled 4,100 votes to Medina\'s 5,300 votes.', 5300);
  assert.ok(c, 'a claim of 5,300');
  assert.ok(!c.scope.includes('place:medina'), `no town among the parties: ${c.scope.join(' ')}`);
});

test('controls: a town after a preposition, and a town with no person of its name, stay places', () => {
  assert.deepStrictEqual(ids('Rosa Valencia led the count. He flew to Valencia on Monday.'),
    ['Rosa Valencia=person:rosa-valencia', 'Valencia=place:valencia']);
  assert.deepStrictEqual(ids('According to Valencia\'s mayor, 30 people were hurt.').map(s => s.split('=')[1]), ['place:valencia']);
});
