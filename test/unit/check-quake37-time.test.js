// Round 37 (quake37): a quake's magnitude is a property of the quake and holds at its day. Dated only by its report's
// publication, a statement's day or an earlier date of the story, it takes the day the report gives the quake, so two
// reports' magnitudes of one quake meet. An aftershock's or another quake's magnitude is another event's. Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const DAYLESS = 'Relief teams reached the villages of Orsenna valley, cut off since the magnitude 6.3 earthquake.\n\n'
  + 'The quake struck the valley on Sunday.';

test('a magnitude dated by publication takes the day its report gives the quake', () => {
  const c = claimOf(DAYLESS, 6.3, '2025-03-06');
  assert.deepStrictEqual(c.time, { from: '2025-03-02', to: '2025-03-02' });
});

test('two reports\' magnitudes of one quake meet though one report is published days later', () => {
  const early = doc('a.txt', 'A magnitude 6.8 earthquake struck the valley of Orsenna on Sunday.',
    '2025-03-03');
  const late = doc('b.txt', DAYLESS, '2025-03-06');
  assert.deepStrictEqual(valuePairs(early, late), ['6.3/6.8']);
});

test('an aftershock\'s magnitude keeps its own time', () => {
  const body = 'A 5.1 aftershock rattled rescuers in Orsenna valley.\n\nThe quake struck the valley on Sunday, the seismology office said.';
  const c = claimOf(body, 5.1, '2025-03-06');
  assert.deepStrictEqual(c.time, { from: '2025-03-06', to: '2025-03-06' });
});
