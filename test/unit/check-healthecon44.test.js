// Round 44 (healthecon44, issue 10): economic statistics told as a change from an old value. Invented sentences; the
// first test failed on the build before the round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

const monthOf = (body, value) => claimOf(body, value, '2024-05-14')?.time.from?.slice(0, 7);

test('an old value\'s month frames no later sentence when its sentence dates the new value too', () => {
  const lede = 'The jobless rate of Freedonia fell from 9.2 per cent in March to 8.7 per cent in April, the statistics office said.';
  assert.strictEqual(monthOf(`${lede}\n\nYouth unemployment rose to 21.4 per cent, the office said.`, 21.4), '2024-04');
  // The old value keeps its own month.
  assert.strictEqual(monthOf(lede, 9.2), '2024-03');
});

test('a sentence that dates only the old value keeps it as the frame', () => {
  const lede = 'Wages of Freedonia grew 4.4 per cent, against 3.7 per cent in March, the statistics office said.';
  assert.strictEqual(monthOf(`${lede}\n\nYouth unemployment rose to 21.4 per cent, the office said.`, 21.4), '2024-03');
});
