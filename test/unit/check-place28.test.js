// A figure's place and source from what its sentence already says, round 28 (issue 10). Invented sentences; each
// test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, claimsOf } = require('./claimReports');

const claimOf = (text, value) => claimsOf(report('2031-06-02', text)).find(c => c.value === value && !c.derived);

test('source: a lower-case "television" after an outlet\'s name heads the voice, not the possessive country before it', () => {
  const tv = claimOf("Peru's private Canal Sur television reported a death toll of more than 1,800.", 1800);
  assert.ok(tv.source && tv.source.id !== 'country:peru', JSON.stringify(tv.source));
  assert.match(tv.source.id, /canal-sur/, JSON.stringify(tv.source));
  const radio = claimOf("Ghana's independent Joy Coast television said 63 people had died.", 63);
  assert.ok(radio.source && radio.source.id !== 'country:ghana', JSON.stringify(radio.source));
  // Look-alike: with no name between, the body is the country's ("state television (Peru)").
  const state = claimOf("Peru's state television said 40 people died.", 40);
  assert.match(state.source.id, /state-television-peru/, JSON.stringify(state.source));
});
