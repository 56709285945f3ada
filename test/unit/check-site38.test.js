// One site's count against the whole (round 38, site38, issue 10). Invented sentences; the test failed on the build
// before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { doc, claimOf, valuePairs } = require('./claimReports');

test('a toll its clause places at one site, at or below an unsited toll, is a part of it', () => {
  const whole = 'The interior ministry said 310 people were killed on Friday when troops cleared the protest camps.';
  const site = 'Forensic officials said 37 people were killed at Veltra Square that day.';
  assert.strictEqual(claimOf(site, 37).detail.sitePart, true);
  assert.strictEqual(claimOf(whole, 310).detail.sitePart, undefined);
  assert.deepStrictEqual(valuePairs(doc('a.txt', whole), doc('b.txt', site)), []);
  // A site's count above the unsited toll still pairs: a part above its whole stays a conflict.
  const above = 'Forensic officials said 420 people were killed at Veltra Square that day.';
  assert.strictEqual(valuePairs(doc('a.txt', whole), doc('b.txt', above)).length, 1);
  // Two counts of the one site still pair.
  const again = 'Medics said 52 people were killed at Veltra Square that day.';
  assert.strictEqual(valuePairs(doc('a.txt', site), doc('b.txt', again)).length, 1);
  // A site named before the figure, where the event itself happened, is the event's whole toll: it still pairs.
  const event = 'A blast at a Veltra hospital on Friday killed 37 people, officials said.';
  assert.strictEqual(claimOf(event, 37).detail.sitePart, undefined);
  // A site noun that names the event ("the church collapse") is no site of a part.
  const collapse = 'The toll of 37 pilgrims in the Ostrava church collapse is still tentative, the minister said.';
  assert.strictEqual(claimOf(collapse, 37).detail.sitePart, undefined);
});
